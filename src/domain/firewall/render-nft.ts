import { nftString, type NftChain, type NftRule, type NftSet, type NftTable, type Ruleset } from './nft';

/**
 * render-nft: a ruleset as `nft list ruleset` prints it (tabs, sets before chains, a blank line
 * between blocks), with every rule's origin as its comment.
 */

function renderSet(set: NftSet): string[] {
  const lines = [`\tset ${set.name} {`, `\t\ttype ${set.type}`];
  if (set.interval) lines.push('\t\tflags interval');
  lines.push(`\t\tcomment ${nftString(set.comment)}`);
  if (set.elements.length > 0) lines.push(`\t\telements = { ${set.elements.join(', ')} }`);
  lines.push('\t}');
  return lines;
}

export const renderRule = (rule: NftRule): string => `${[...rule.match, rule.verdict].join(' ')} comment ${nftString(rule.comment)}`;

function renderChain(chain: NftChain): string[] {
  return [
    `\tchain ${chain.name} {`,
    `\t\ttype ${chain.type} hook ${chain.hook} priority ${chain.priority}; policy ${chain.policy};`,
    ...chain.rules.map((r) => `\t\t${renderRule(r)}`),
    '\t}',
  ];
}

function renderTable(table: NftTable): string[] {
  const blocks = [...table.sets.map(renderSet), ...table.chains.map(renderChain)];
  const body = blocks.flatMap((b, i) => (i === 0 ? b : ['', ...b]));
  return [`table ${table.family} ${table.name} {`, ...body, '}'];
}

export function renderRuleset(ruleset: Ruleset): string {
  return `${ruleset.tables.flatMap(renderTable).join('\n')}\n`;
}
