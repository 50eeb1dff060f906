// Static check of a template before it is compiled: every interpolation must
// go through the `json` helper (so a spec value can never become YAML
// structure), blocks are limited to the built-in control flow, and raw
// `{{{ }}}`, partial blocks, decorators and inline partials are refused.
// Repository templates are data: nothing in them can run code.
import Handlebars from "handlebars";

export const SAFE_BLOCKS = new Set(["each", "if", "unless", "with"]);
export const VALUE_HELPERS = new Set(["json"]);

export interface TemplateProblem {
  readonly message: string;
  /** 1-based line and 0-based column inside the template, from Handlebars' AST. */
  readonly line: number;
  readonly column: number;
}

type Node = hbs.AST.Node;

export function checkTemplateSafety(text: string): TemplateProblem[] {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(text);
  } catch (error) {
    const m = /line (\d+)/.exec((error as Error).message);
    return [{ message: firstLine((error as Error).message), line: m ? Number(m[1]) : 1, column: 0 }];
  }
  const problems: TemplateProblem[] = [];
  const report = (node: Node, message: string) => problems.push({ message, line: node.loc.start.line, column: node.loc.start.column });
  const visit = (node: Node | null | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case "Program":
        for (const s of (node as hbs.AST.Program).body) visit(s);
        return;
      case "MustacheStatement": {
        const m = node as hbs.AST.MustacheStatement;
        const name = pathName(m.path);
        if (!m.escaped) report(node, "triple-stash {{{ }}} writes raw text; use {{json value}}");
        else if (!name || !VALUE_HELPERS.has(name) || m.params.length !== 1) report(node, `interpolation must be {{json value}}, found {{${describe(m)}}}`);
        m.params.forEach(visitParam);
        return;
      }
      case "BlockStatement": {
        const b = node as hbs.AST.BlockStatement;
        const name = pathName(b.path);
        if (!name || !SAFE_BLOCKS.has(name)) report(node, `block helper "${name ?? "?"}" is not allowed; use each, if, unless or with`);
        b.params.forEach(visitParam);
        visit(b.program);
        visit(b.inverse);
        return;
      }
      case "PartialStatement":
        return; // {{> name}}: resolved only among pipeforge's own partials, checked themselves
      case "PartialBlockStatement":
      case "DecoratorBlock":
      case "Decorator":
        report(node, `${node.type} is not allowed in pipeforge templates`);
        return;
      default:
        return; // ContentStatement, CommentStatement
    }
  };
  const visitParam = (p: hbs.AST.Expression): void => {
    if (p.type === "SubExpression") report(p, "sub-expressions are not allowed; compute values in the view model");
  };
  visit(program);
  return problems;
}

function pathName(e: hbs.AST.Expression): string | undefined {
  return e.type === "PathExpression" ? (e as hbs.AST.PathExpression).original : undefined;
}

function describe(m: hbs.AST.MustacheStatement): string {
  const head = pathName(m.path) ?? "?";
  return m.params.length > 0 ? `${head} …` : head;
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}
