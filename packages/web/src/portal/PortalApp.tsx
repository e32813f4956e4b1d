// The public portal: a government-website layout in the region's name (header, navigation, footer with the
// sponsoring government), readable from a 1366px office screen down to a phone.
import { lazy, Suspense, useMemo } from 'react';
import { NavLink, Route, Routes } from 'react-router-dom';
import { Result, Spin } from 'antd';
import { useApi } from '../api/hooks';
import type { PortalInfo } from '@fazhi/core/contracts';
import { moduleRoutes } from '../modules';
import HomePage from './HomePage';

const SearchPage = lazy(() => import('./SearchPage'));
const DeadlineCalculatorPage = lazy(() => import('./DeadlineCalculatorPage'));

export default function PortalApp() {
  const info = useApi<PortalInfo>('/public/portal');
  const p = info.data;
  const pages = useMemo(() => moduleRoutes.flatMap((m) => m.portal ?? []), []);
  const regionName = p?.regionName?.replace(/（演示）$/, '') ?? '';
  const navEntries = (p?.entries ?? []).filter((e) => pages.some((pg) => `/${pg.path}` === e.path));

  return (
    <div className="fz-portal">
      <header className="fz-portal-top">
        <div className="fz-portal-top-inner">
          <span className="fz-emblem" aria-hidden>
            法
          </span>
          <div>
            <div className="fz-portal-title">{regionName ? `${regionName}法治政府建设` : '法治政府建设'}</div>
            <div className="fz-portal-region">法治政府建设一体化平台 · 公众服务{p?.isDemo ? '（演示数据）' : ''}</div>
          </div>
        </div>
      </header>
      <nav className="fz-portal-nav" aria-label="栏目导航">
        <div className="fz-portal-nav-inner">
          <NavLink to="/" end>
            首页
          </NavLink>
          <NavLink to="/deadline-calculator">期限计算器</NavLink>
          {navEntries.map((e) => (
            <NavLink key={e.key} to={e.path}>
              {e.title}
            </NavLink>
          ))}
          <NavLink to="/search">站内搜索</NavLink>
        </div>
      </nav>
      <main className="fz-portal-body">
        <Suspense fallback={<Spin style={{ display: 'block', margin: '10vh auto' }} />}>
          <Routes>
            <Route index element={<HomePage info={p} error={info.error?.message ?? null} />} />
            <Route path="search" element={<SearchPage />} />
            <Route path="deadline-calculator" element={<DeadlineCalculatorPage regionCode={p?.regionCode ?? null} />} />
            {pages.map((pg) => {
              const Page = pg.component;
              return <Route key={pg.path} path={pg.path} element={<Page />} />;
            })}
            <Route
              path="*"
              element={<Result status="404" title="页面不存在" subTitle="请通过上方栏目导航查找需要的内容。" />}
            />
          </Routes>
        </Suspense>
      </main>
      <footer className="fz-portal-footer">
        <div className="fz-portal-footer-inner">
          {p?.sponsor && <div>主办单位：{p.sponsor}</div>}
          {p?.organiser && <div>承办单位：{p.organiser}</div>}
          {p?.isDemo && <div>本站为演示站点，所示区划、单位和数据均为虚构的演示数据。</div>}
          <div>
            <a href="/console" style={{ color: '#c9ccd1' }}>
              工作人员登录
            </a>
          </div>
        </div>
      </footer>
    </div>
  );
}
