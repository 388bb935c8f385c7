import type { JsonObject } from "./errors";
import { json, type RouteDef } from "./route-types";
import type { EmulatorState } from "./state";

/** FullAccount with every required field (users.stone FullAccount). */
export function fullAccount(state: EmulatorState): JsonObject {
  const a = state.account;
  const display = `${a.givenName} ${a.surname}`;
  return {
    account_id: a.accountId,
    name: {
      given_name: a.givenName,
      surname: a.surname,
      familiar_name: a.givenName,
      display_name: display,
      abbreviated_name: `${a.givenName[0] ?? ""}${a.surname[0] ?? ""}`,
    },
    email: a.email,
    email_verified: true,
    disabled: false,
    country: a.country,
    locale: a.locale,
    referral_link: "https://www.dropbox.com/referrals/emulator",
    is_paired: false,
    account_type: { ".tag": a.accountType },
    root_info: { ".tag": "user", root_namespace_id: a.namespaceId, home_namespace_id: a.namespaceId },
  };
}

export const accountRoutes: Record<string, RouteDef> = {
  "users/get_current_account": {
    style: "rpc",
    scope: "account_info.read",
    voidArg: true,
    async handle({ state }) {
      return json(fullAccount(state));
    },
  },
  "users/get_space_usage": {
    style: "rpc",
    scope: "account_info.read",
    voidArg: true,
    async handle({ state }) {
      return json({
        used: state.storage.usedBytes(),
        allocation: { ".tag": "individual", allocated: state.storage.quotaBytes },
      });
    },
  },
  "check/user": {
    style: "rpc",
    scope: "account_info.read",
    async handle({ args }) {
      const query = args.string("query", { maxLength: 500 }) ?? "";
      return json({ result: query });
    },
  },
  "auth/token/revoke": {
    style: "rpc",
    scope: null,
    voidArg: true,
    async handle({ state, token }) {
      state.auth.revoke(token);
      return json(null);
    },
  },
};
