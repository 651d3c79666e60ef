import { ConfigError, parseEnv } from "../config";

/** Validates the configuration when the server starts; a bad value exits with one clear line. */
export function checkConfigOrExit(): void {
  try {
    const env = parseEnv();
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      throw new ConfigError("configuration error: AUTH_SECRET is required in production");
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
