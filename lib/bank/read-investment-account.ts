import { MalformedBankResponseError } from '@/lib/bank/errors';
import type { FdxAccountItem } from '@/lib/bank/fdx-account-schemas';
import { toBankInvestmentSnapshot, type BankInvestmentSnapshot } from '@/lib/bank/transform-holdings';

/** The investment part of an FDX account item; a number that is not a decimal makes the payload malformed. */
export function readInvestmentAccount(item: FdxAccountItem, accountCurrency: string): BankInvestmentSnapshot | null {
  if (!('investmentAccount' in item)) return null;
  try {
    return toBankInvestmentSnapshot(item.investmentAccount, accountCurrency);
  } catch (error) {
    if (error instanceof RangeError) throw new MalformedBankResponseError(`investment account ${item.investmentAccount.accountId}: ${error.message}`);
    throw error;
  }
}
