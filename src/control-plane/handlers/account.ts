import { notFound } from '../http-error';
import type { RouteDef } from '../router';
import { serializeAccount } from '../store/serialize';
import { validateAccountRequest } from '../validation/account';

/**
 * Accounts: /api/accounts lists the one account (NetBird always answers a list of one);
 * PUT /api/accounts/{accountId} replaces its settings. Deleting the account is not offered: the
 * embedded control plane has exactly one, and "reset to seed" is how it starts over. Optional
 * settings a request leaves out keep their values (NetBird resets them to false/empty, which a
 * console sending a partial object would turn into a silent change).
 */
export const accountRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/accounts',
    handle: ({ store }) => ({ body: [serializeAccount(store.state)] }),
  },
  {
    method: 'PUT',
    path: '/api/accounts/{accountId}',
    handle: (ctx) => {
      const id = ctx.params.accountId ?? '';
      const { account } = ctx.store.state;
      if (id !== account.id) throw notFound('account', id);
      const req = validateAccountRequest(ctx.body());
      account.settings = { ...account.settings, ...req.settings };
      ctx.store.changed();
      return { body: serializeAccount(ctx.store.state) };
    },
  },
];
