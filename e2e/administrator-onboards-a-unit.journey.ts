// Story: the platform administrator signs in for the first time, is made to change the initial password, creates a
// department under the district government and a user in it with a role; that user signs in, changes their own
// initial password, and sees only their unit's data and the menu their role allows.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { adminPassword, launch, newPage, screenshot, signIn } from './support';

const unit = '示范区数据资源局';
let browser: Browser;
let initialPassword = '';

before(async () => {
  browser = await launch();
});
after(() => browser.close());

describe('the administrator onboards a unit and its first user', () => {
  test('the administrator is forced to change the initial password, then creates a department and a user with a role', async () => {
    const { page, context } = await newPage(browser);
    await signIn(page, 'admin', adminPassword);
    await page.getByText('首次登录，请修改密码').waitFor();
    await page.getByLabel('原密码').fill(adminPassword);
    await page.getByLabel('新密码', { exact: true }).fill('abc');
    await page.getByLabel('确认新密码').fill('abd');
    await page.getByRole('button', { name: '确认修改' }).click();
    // Every problem comes back at once, each next to its field, in Chinese: too short and not the same twice.
    await page.locator('.ant-form-item-explain-error').filter({ hasText: '至少8位' }).waitFor();
    await page.locator('.ant-form-item-explain-error').filter({ hasText: '两次输入的新密码不一致' }).waitFor();
    await page.getByLabel('新密码', { exact: true }).fill('Onboard#2026x');
    await page.getByLabel('确认新密码').fill('Onboard#2026x');
    await page.getByRole('button', { name: '确认修改' }).click();
    await page.getByRole('menu').getByText('工作台').waitFor();

    await page.getByRole('menu').getByRole('link', { name: '单位管理' }).click();
    await page.locator('.ant-tree').getByText('示范区人民政府', { exact: true }).click();
    await page.getByRole('button', { name: '新增下级单位' }).click();
    const orgDialog = page.getByRole('dialog');
    await orgDialog.getByLabel('单位名称').fill(unit);
    await orgDialog
      .getByRole('button', { name: '保 存' })
      .or(orgDialog.getByRole('button', { name: '保存' }))
      .click();
    await page.getByText(`已新增单位「${unit}」`).waitFor();
    await page.locator('.ant-tree').getByText(unit, { exact: true }).waitFor();

    await page.getByRole('menu').getByRole('link', { name: '用户管理' }).click();
    await page.getByRole('button', { name: '新增用户' }).click();
    const userDialog = page.getByRole('dialog');
    await userDialog.getByLabel('用户名').fill('data.legal');
    await userDialog.getByLabel('姓名').fill('示范·数据局法制员');
    await userDialog.getByLabel('所属单位').click();
    await page.keyboard.type(unit);
    await page.locator('.ant-select-tree-treenode').filter({ hasText: unit }).last().click();
    await userDialog.getByLabel('角色').click();
    await page.locator('.ant-select-item-option').getByText('部门法制工作人员').click();
    await userDialog
      .getByRole('button', { name: '保 存' })
      .or(userDialog.getByRole('button', { name: '保存' }))
      .click();
    const pw = page.getByTestId('initial-password');
    await pw.waitFor();
    initialPassword = (await pw.innerText()).trim();
    assert.ok(initialPassword.length >= 8, 'an initial password is shown once');
    await screenshot(page, 'administrator-creates-user');
    await context.close();
  });

  test('the new user changes the initial password and sees only their unit and their menu', async () => {
    assert.ok(initialPassword, 'the previous step created the user');
    const { page, context } = await newPage(browser);
    await signIn(page, 'data.legal', initialPassword);
    await page.getByText('首次登录，请修改密码').waitFor();
    await page.getByLabel('原密码').fill(initialPassword);
    await page.getByLabel('新密码', { exact: true }).fill('Legal#Unit2026');
    await page.getByLabel('确认新密码').fill('Legal#Unit2026');
    await page.getByRole('button', { name: '确认修改' }).click();
    const menu = page.getByRole('menu');
    await menu.getByText('工作台').waitFor();
    const items = (await menu.getByRole('menuitem').allInnerTexts()).map((s) => s.trim());
    assert.ok(items.includes('单位管理'), `menu: ${items.join(',')}`);
    assert.ok(!items.includes('用户管理'), 'a legal officer does not administer users');
    assert.ok(!items.includes('审计日志'), 'nor read the audit log');
    await page.getByTestId('current-context').getByText(unit).waitFor();

    await menu.getByRole('link', { name: '单位管理' }).click();
    await page.locator('.ant-tree').getByText(unit, { exact: true }).waitFor();
    const nodes = await page.locator('.ant-tree-treenode:not([aria-hidden="true"])').count();
    assert.equal(nodes, 1, 'only their own unit is visible');
    assert.equal(await page.getByText('示范区市场监督管理局').count(), 0);

    await page.goto(`${page.url().replace(/\/console.*$/, '')}/console/users`);
    await page.getByText('无权访问').waitFor();
    await menu.getByRole('link', { name: '单位管理' }).click();
    await page.locator('.ant-tree').getByText(unit, { exact: true }).click();
    await page.getByText('司法行政机关').or(page.getByText('政府部门')).first().waitFor();
    assert.equal(await page.getByRole('button', { name: '新增下级单位' }).count(), 0, 'no button without the ability');
    await screenshot(page, 'new-user-sees-own-unit');
    await context.close();
  });
});
