import { describe, expect, it } from 'vitest';
import { categoryLabelLines } from './category-label';

describe('categoryLabelLines', () => {
  it('keeps a short label on one line', () => {
    expect(categoryLabelLines('Food')).toEqual(['Food']);
    expect(categoryLabelLines('Fees & interest')).toEqual(['Fees & interest']);
  });

  it('puts whole words on the first line and the rest on the second', () => {
    expect(categoryLabelLines('Loan and mortgage payments')).toEqual(['Loan and mortgage', 'payments']);
    expect(categoryLabelLines('Savings and investment contributions')).toEqual(['Savings and', 'investment contri…']);
  });

  it('never makes a line longer than the column holds', () => {
    for (const label of ['Loan and mortgage payments', 'Savings and investment contributions', 'Extraordinarilylongcategoryname and more', 'A b c d e f g h i j k l m n o p q r s t']) {
      for (const line of categoryLabelLines(label)) expect(line.length).toBeLessThanOrEqual(18);
    }
  });

  it('cuts a single word longer than a line', () => {
    expect(categoryLabelLines('Extraordinarilylongcategoryname')).toEqual(['Extraordinarilylo…']);
    expect(categoryLabelLines('Extraordinarilylongcategoryname and more')).toEqual(['Extraordinarilylo…', 'and more']);
  });
});
