/**
 * The Well-Architected Tool's risk rules: each question of a lens lists conditions over its choice ids
 * (`&&`, `||`, `!`, parentheses) with a risk, and a last `default`. The first rule whose condition holds for the
 * chosen practices gives the question's risk, in the order the lens file lists them. One small evaluator, so no
 * rule is re-derived by hand.
 */
export const lensRisks = ["HIGH_RISK", "MEDIUM_RISK", "NO_RISK"] as const;
export type LensRisk = (typeof lensRisks)[number];

export interface RiskRule {
  condition: string;
  risk: LensRisk;
}

type Node = { kind: "id"; id: string } | { kind: "not"; of: Node } | { kind: "and" | "or"; left: Node; right: Node };

export class RiskRuleError extends Error {
  constructor(condition: string, problem: string) {
    super(`risk rule "${condition}": ${problem}`);
    this.name = "RiskRuleError";
  }
}

function tokenize(condition: string): string[] {
  return condition.match(/&&|\|\||!|\(|\)|[A-Za-z0-9_]+|\S/g) ?? [];
}

/** Parses a condition (not `default`): `!` binds tightest, then `&&`, then `||`. */
export function parseCondition(condition: string): Node {
  const tokens = tokenize(condition);
  let at = 0;
  const fail = (problem: string): never => {
    throw new RiskRuleError(condition, problem);
  };
  const primary = (): Node => {
    const token = tokens[at];
    if (token === undefined) return fail("ends too early");
    if (token === "!") {
      at++;
      return { kind: "not", of: primary() };
    }
    if (token === "(") {
      at++;
      const inner = or();
      if (tokens[at] !== ")") fail(`expected ")" at token ${at + 1}`);
      at++;
      return inner;
    }
    if (/^[A-Za-z0-9_]+$/.test(token)) {
      at++;
      return { kind: "id", id: token };
    }
    return fail(`unexpected "${token}"`);
  };
  const and = (): Node => {
    let left = primary();
    while (tokens[at] === "&&") {
      at++;
      left = { kind: "and", left, right: primary() };
    }
    return left;
  };
  const or = (): Node => {
    let left = and();
    while (tokens[at] === "||") {
      at++;
      left = { kind: "or", left, right: and() };
    }
    return left;
  };
  const tree = or();
  if (at !== tokens.length) fail(`unexpected "${tokens[at] ?? ""}"`);
  return tree;
}

function evaluate(node: Node, chosen: ReadonlySet<string>): boolean {
  switch (node.kind) {
    case "id":
      return chosen.has(node.id);
    case "not":
      return !evaluate(node.of, chosen);
    case "and":
      return evaluate(node.left, chosen) && evaluate(node.right, chosen);
    case "or":
      return evaluate(node.left, chosen) || evaluate(node.right, chosen);
  }
}

/** Choice ids a condition names, to check them against the question's choices. */
export function conditionIds(condition: string): string[] {
  if (condition === "default") return [];
  const ids: string[] = [];
  const walk = (n: Node) => {
    if (n.kind === "id") ids.push(n.id);
    else if (n.kind === "not") walk(n.of);
    else {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(parseCondition(condition));
  return ids;
}

const parsed = new Map<string, Node>();

/** Whether one condition holds for the chosen choice ids. */
export function conditionHolds(condition: string, chosen: ReadonlySet<string>): boolean {
  if (condition === "default") return true;
  let tree = parsed.get(condition);
  if (!tree) {
    tree = parseCondition(condition);
    parsed.set(condition, tree);
  }
  return evaluate(tree, chosen);
}

/** The question's risk for the chosen choices: the first rule that holds; no rule holding is an error in the lens. */
export function evaluateRiskRules(rules: readonly RiskRule[], chosen: Iterable<string>): LensRisk {
  const set = new Set(chosen);
  for (const rule of rules) if (conditionHolds(rule.condition, set)) return rule.risk;
  throw new RiskRuleError(rules.map((r) => r.condition).join(" | "), "no rule holds and there is no default");
}
