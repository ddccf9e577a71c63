import { z } from 'zod';
import { addIssues } from '@/components/form';
import { parsePort } from '@/domain/net';
import { normalizeTest, validateReachabilityTest, type ReachabilityTest } from '@/domain/reachability/reachability-test';

/**
 * test-form-schema: a reachability test as the form holds it (the port as typed, "default" for the
 * trace's default protocol). The rules are the domain's validateReachabilityTest, the same the
 * importer and `nbrc test` apply, plus a unique name among the saved tests.
 */

export const PROTOCOL_CHOICES = ['default', 'tcp', 'udp', 'icmp', 'all'] as const;

export const testFormSchema = z.object({
  name: z.string(),
  from: z.string(),
  to: z.string(),
  protocol: z.enum(PROTOCOL_CHOICES),
  port: z.string(),
  expect: z.enum(['allow', 'deny']),
});

export type TestFormValues = z.infer<typeof testFormSchema>;

export const emptyTestValues: TestFormValues = { name: '', from: '', to: '', protocol: 'default', port: '', expect: 'allow' };

/** toTest: the test the values stand for (call on validated values). */
export function toTest(v: TestFormValues): ReachabilityTest {
  const port = v.port.trim() === '' ? undefined : Number(v.port.trim());
  return normalizeTest({
    name: v.name,
    from: v.from,
    to: v.to,
    expect: v.expect,
    ...(v.protocol === 'default' ? {} : { protocol: v.protocol }),
    ...(port === undefined ? {} : { port }),
  });
}

/** testFormSchemaFor: the schema, with the names already taken. */
export function testFormSchemaFor(takenNames: readonly string[]) {
  return testFormSchema.superRefine((v, ctx) => {
    const portText = v.port.trim();
    if (portText !== '') {
      const p = parsePort(portText);
      if (!p.ok) {
        addIssues(ctx, [{ field: 'port', message: p.error }]);
        return;
      }
    }
    const t = toTest(v);
    addIssues(ctx, validateReachabilityTest(t));
    if (takenNames.includes(t.name)) addIssues(ctx, [{ field: 'name', message: `a test named "${t.name}" exists already` }]);
  });
}
