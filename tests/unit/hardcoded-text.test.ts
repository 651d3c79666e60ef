import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// No user-facing text in code: every word a person reads comes from the message catalogs, so both
// languages are complete. This walks the JSX of app/ and components/ and reports text between
// tags, string literals rendered as children, and string values of the attributes people read or
// hear (aria-label, title, placeholder, alt…) that contain a letter.
const ROOTS = ["app", "components"];
const READ_ATTRIBUTES = new Set(["aria-label", "aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext", "title", "placeholder", "alt"]);
/** Files that cannot use the catalogs: the root error boundary renders when the app itself failed. */
const ALLOWED_FILES = new Set(["app/global-error.tsx"]);
const LETTER = /\p{L}/u;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".tsx") ? [full] : [];
  });
}

/** The literal text of a string or template expression (template holes left out). */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
  if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].filter(Boolean).join(" ") || null;
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)) {
    return literalText(node.right);
  }
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  return null;
}

export function hardCodedText(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!LETTER.test(text)) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push(`${file}:${line + 1}: ${JSON.stringify(text.trim().slice(0, 60))}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text) report(node, text);
    } else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      const text = ts.isStringLiteral(init) ? init.text : ts.isJsxExpression(init) && init.expression ? literalText(init.expression) : null;
      if (text) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("no hard-coded user-facing text", () => {
  it("finds text in JSX, in rendered literals and in read attributes", () => {
    const sample = `export const A = () => <p title="Xem">Xin chào {"bạn"} {cond ? "có" : "không"} <span aria-label={\`Tổng \${n}\`} /> {t("x")} {" · "} <i className="text-sm" /></p>;`;
    expect(hardCodedText("sample.tsx", sample).map((f) => f.split(": ")[1])).toEqual(['"Xem"', '"Xin chào"', '"bạn"', '"có không"', '"Tổng"']);
  });

  it("app/ and components/ take every word from the catalogs", () => {
    const found = ROOTS.flatMap(files)
      .filter((f) => !ALLOWED_FILES.has(f.split(path.sep).join("/")))
      .flatMap((f) => hardCodedText(f.split(path.sep).join("/"), readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });
});
