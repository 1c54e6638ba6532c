// The pure core is compiled without DOM or Node types; console is the one global it may use.
declare const console: { log(...args: unknown[]): void; warn(...args: unknown[]): void; error(...args: unknown[]): void };
