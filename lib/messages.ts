import { z } from 'zod';

/** Messages to the background, validated on arrival. */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('index-status') }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const IndexStatusSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    generator: z.string(),
    sources: z.array(z.object({ id: z.string(), outlet: z.string(), title: z.string() })),
    claims: z.number().int(),
    facts: z.number().int(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type IndexStatus = z.infer<typeof IndexStatusSchema>;
