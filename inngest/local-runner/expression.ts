// The subset of CEL that Inngest `if` expressions use here: paths into `event` / `async`,
// literals, comparisons, `!`, `&&`, `||` and parentheses. Anything else is refused by name.

export class ExpressionError extends Error {
  constructor(message: string, expression: string) {
    super(`Unsupported expression "${expression}": ${message}`);
    this.name = "ExpressionError";
  }
}

type Token = { kind: "op" | "string" | "number" | "ident" | "punct"; value: string };

const TOKEN =
  /\s*(?:(==|!=|<=|>=|&&|\|\||[<>!])|('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w]*)|([().[\]]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) throw new ExpressionError(`unexpected character at ${start}`, source);
    if (match[1]) tokens.push({ kind: "op", value: match[1] });
    else if (match[2])
      tokens.push({ kind: "string", value: match[2].slice(1, -1).replace(/\\(.)/g, "$1") });
    else if (match[3]) tokens.push({ kind: "number", value: match[3] });
    else if (match[4]) tokens.push({ kind: "ident", value: match[4] });
    else if (match[5]) tokens.push({ kind: "punct", value: match[5] });
  }
  return tokens;
}

type Scope = Record<string, unknown>;

class Parser {
  private position = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
    private readonly scope: Scope,
  ) {}

  parse(): unknown {
    const value = this.or();
    if (this.position < this.tokens.length)
      throw new ExpressionError(`unexpected "${this.tokens[this.position]?.value}"`, this.source);
    return value;
  }

  private peek(value: string) {
    return (
      this.tokens[this.position]?.value === value && this.tokens[this.position]?.kind !== "string"
    );
  }

  private take(value: string) {
    if (!this.peek(value)) throw new ExpressionError(`expected "${value}"`, this.source);
    this.position++;
  }

  private or(): unknown {
    let left = this.and();
    while (this.peek("||")) {
      this.position++;
      const right = this.and();
      left = Boolean(left) || Boolean(right);
    }
    return left;
  }

  private and(): unknown {
    let left = this.comparison();
    while (this.peek("&&")) {
      this.position++;
      const right = this.comparison();
      left = Boolean(left) && Boolean(right);
    }
    return left;
  }

  private comparison(): unknown {
    const left = this.unary();
    const token = this.tokens[this.position];
    if (token?.kind !== "op" || !["==", "!=", "<", "<=", ">", ">="].includes(token.value))
      return left;
    this.position++;
    const right = this.unary();
    switch (token.value) {
      case "==":
        return JSON.stringify(left) === JSON.stringify(right);
      case "!=":
        return JSON.stringify(left) !== JSON.stringify(right);
      case "<":
        return (left as number) < (right as number);
      case "<=":
        return (left as number) <= (right as number);
      case ">":
        return (left as number) > (right as number);
      default:
        return (left as number) >= (right as number);
    }
  }

  private unary(): unknown {
    if (this.peek("!")) {
      this.position++;
      return !this.unary();
    }
    return this.primary();
  }

  private primary(): unknown {
    const token = this.tokens[this.position++];
    if (!token) throw new ExpressionError("unexpected end", this.source);
    if (token.kind === "string") return token.value;
    if (token.kind === "number") return Number(token.value);
    if (token.kind === "punct" && token.value === "(") {
      const value = this.or();
      this.take(")");
      return value;
    }
    if (token.kind === "ident") {
      if (token.value === "true") return true;
      if (token.value === "false") return false;
      if (token.value === "null") return null;
      if (!(token.value in this.scope))
        throw new ExpressionError(`unknown name "${token.value}"`, this.source);
      let value: unknown = this.scope[token.value];
      while (this.peek(".") || this.peek("[")) {
        if (this.peek(".")) {
          this.position++;
          const key = this.tokens[this.position++];
          if (key?.kind !== "ident")
            throw new ExpressionError("expected a field name after '.'", this.source);
          value = (value as Record<string, unknown> | null | undefined)?.[key.value];
        } else {
          this.position++;
          const key = this.tokens[this.position++];
          if (key?.kind !== "string" && key?.kind !== "number")
            throw new ExpressionError("expected an index", this.source);
          this.take("]");
          value = (value as Record<string, unknown> | null | undefined)?.[key.value];
        }
      }
      if (this.peek("("))
        throw new ExpressionError("function calls are not supported", this.source);
      return value;
    }
    throw new ExpressionError(`unexpected "${token.value}"`, this.source);
  }
}

export function evaluateValue(source: string, scope: Scope): unknown {
  return new Parser(tokenize(source), source, scope).parse();
}

export function evaluateExpression(source: string, scope: Scope): boolean {
  return Boolean(evaluateValue(source, scope));
}

/** Throws ExpressionError when the expression uses anything outside the subset. */
export function checkExpression(source: string, names: string[]): void {
  evaluateExpression(source, Object.fromEntries(names.map((name) => [name, {}])));
}
