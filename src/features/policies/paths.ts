/** URLs of the Policies area, built in one place so links and routes agree. */
const enc = encodeURIComponent;

export const policiesPath = '/policies';
export const policyPath = (policyId: string) => `/policies/${enc(policyId)}`;
export const policyEditPath = (policyId: string) => `/policies/${enc(policyId)}/edit`;
export const newPolicyPath = '/policies/new';
/** clonePolicyPath: the new-policy form prefilled with a copy of another policy. */
export const clonePolicyPath = (policyId: string) => `/policies/new?clone=${enc(policyId)}`;
/** reversePolicyPath: the new-policy form prefilled with the reverse of another policy's peer-to-peer rules. */
export const reversePolicyPath = (policyId: string) => `/policies/new?reverse=${enc(policyId)}`;
