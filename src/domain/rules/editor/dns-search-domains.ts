import { validateNameserverGroup, type NameserverGroupDraft } from '../validate/nameserver-group';

/**
 * dns-search-domains: whether the nameserver group editor may offer "search domains". The answer is
 * the nameserver validator's own: the draft is checked as if search domains were on, and the issue
 * it raises on `search_domains_enabled` (a primary group has no match domains to search) is the
 * reason shown next to the disabled switch. Null when the switch may be used.
 */
export function searchDomainsBlockedReason(draft: NameserverGroupDraft): string | null {
  const anyRef = { hasGroup: () => true, hasPeer: () => true };
  const issue = validateNameserverGroup({ ...draft, search_domains_enabled: true }, anyRef, []).find((i) => i.field === 'search_domains_enabled');
  return issue ? `${issue.message.charAt(0).toUpperCase()}${issue.message.slice(1)}.` : null;
}
