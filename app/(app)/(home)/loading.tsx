import { PageLoading } from "@/components/shell/page-loading";

// Only on pages that never answer 404: above a scoped page, a loading boundary would start the
// response (status 200) before the page's access check could answer 404.
export default PageLoading;
