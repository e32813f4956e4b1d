// The console on a phone, for the exam pages only (an official sits an online exam on a phone, issue 21): the page
// keeps the screen's width — the menu and the unit context give way, the brand's name shrinks, 退出 stays. Carried by
// the exam pages' own chunk, so the console shell (300 KB budget) does not grow for it.
const PHONE_CSS = `@media (max-width: 640px) {
.fz-console .fz-header { padding: 0 8px !important; }
.fz-console .fz-brand { font-size: 15px; }
.fz-console .fz-context, .fz-console .fz-user, .fz-console .fz-sider { display: none; }
.fz-console .fz-main { padding: 0 8px 8px; }
}`;

export function PhoneLayout() {
  return <style>{PHONE_CSS}</style>;
}
