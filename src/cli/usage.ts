import type { CommandName } from './args';

/** Help texts: what `nbrc --help` and `nbrc help <command>` print. */
const OVERVIEW = `nbrc: NetBird Routing Console command line

Usage: nbrc <command> [options]

Commands:
  serve    run the NetBird-compatible control plane as an HTTP server
  export   print the account snapshot of a management API as JSON
  lint     the account's findings (routing-peer pitfalls from NetBird's docs); exit 1 on any error
  trace    one packet's path through an account snapshot: verdict, routing peer, chain, policy
  test     saved reachability tests (JSON) against an account snapshot; exit 1 if any fails
  access   who can reach what in an account snapshot, with the deciding policy
  ha       which routing peer a client uses, for a routing-peer selection scenario
  generate a realistic generated account snapshot (sizes S, M, L, XL) for benchmarks and demos
  sim      the peer simulator: routing-peer switches over simulated time for a scenario

Run "nbrc help <command>" (serve, export) or "nbrc <command> --help" for a command's options.
Exit codes: 0 success, 1 a check found an error-level problem (lint) or a test failed (test), 2 bad usage or unreadable input.
`;

const COMMAND_HELP: Record<CommandName, string> = {
  serve: `Usage: nbrc serve [--host 127.0.0.1] [--port 33073] [--data FILE] [--seed demo|empty|SNAPSHOT.json] [--token PAT]

Serves NetBird's management API (under /api) from the embedded control plane.
  --host   address to bind (default 127.0.0.1: this machine only)
  --port   port to listen on (default 33073; 0 picks a free one)
  --data   load the account from FILE if it exists, and save every change to it atomically
  --seed   the account to start from when there is no data file (default demo)
  --token  require "Authorization: Token <PAT>" on every request (or set NBRC_TOKEN)
Prints the URL it listens on to stdout; stops on Ctrl-C (SIGINT) or SIGTERM.
`,
  export: `Usage: nbrc export --api URL [--token PAT]

Reads every object of the account behind a management API and prints an nbrc-account/1 snapshot.
  --api    the management URL, e.g. https://api.netbird.io or http://127.0.0.1:33073
  --token  a personal access token (or set NBRC_TOKEN, which keeps it out of the process list)
Feed the output back with "nbrc serve --seed FILE" to work on the account offline.
`,
};

export function usageText(command?: CommandName): string {
  return command ? COMMAND_HELP[command] : OVERVIEW;
}
