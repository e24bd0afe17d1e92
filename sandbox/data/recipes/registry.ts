import type { AccountRecipe } from '../sandbox-event.js';
import { chenCheckingRecipe } from './chen.js';
import { creditUnionHarborCheckingRecipe, creditUnionRiveraCardRecipe } from './credit-union.js';
import { harborCheckingRecipe } from './harbor-checking.js';
import { harborCardRecipe, harborLocRecipe } from './harbor-credit.js';
import { okaforCardRecipe, okaforCheckingRecipe } from './okafor.js';
import { riveraCardRecipe } from './rivera-card.js';
import { riveraCheckingRecipe, riveraMortgageRecipe, riveraSavingsRecipe } from './rivera.js';

const recipes: Record<string, AccountRecipe> = {
  'acc-rivera-checking': riveraCheckingRecipe,
  'acc-rivera-savings': riveraSavingsRecipe,
  'acc-rivera-card': riveraCardRecipe,
  'acc-rivera-mortgage': riveraMortgageRecipe,
  'acc-chen-checking': chenCheckingRecipe,
  'acc-harbor-checking': harborCheckingRecipe,
  'acc-harbor-card': harborCardRecipe,
  'acc-harbor-loc': harborLocRecipe,
  'acc-okafor-checking': okaforCheckingRecipe,
  'acc-okafor-card': okaforCardRecipe,
  // Lakeshore Credit Union, the second sandbox bank.
  'acc-cu-rivera-card': creditUnionRiveraCardRecipe,
  'acc-cu-harbor-checking': creditUnionHarborCheckingRecipe,
};

export function findAccountRecipe(accountId: string): AccountRecipe | undefined {
  return recipes[accountId];
}
