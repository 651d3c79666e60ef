// What seed:scale and the benchmark share: the accounts' password and who is who in the data set.
// The scale data set is synthetic and for loopback databases; its password is no secret.
export const SCALE_PASSWORD = "scale-bench-2025";
