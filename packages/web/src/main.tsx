// Entry: Chinese locale for Ant Design and dayjs, then either the console (/console) or the public portal (/),
// each a chunk of its own so that a citizen never downloads the console and the console never the portal.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { usePrefersReducedMotion } from './shell/theme';
import { antdConfig } from './shell/antd-config';
import './styles.css';

dayjs.locale('zh-cn');

const ConsoleApp = lazy(() => import('./shell/ConsoleApp'));
const PortalApp = lazy(() => import('./portal/PortalApp'));

/** The providers every page shares (antd's settings in shell/antd-config.ts). */
function Root() {
  const reduced = usePrefersReducedMotion();
  return (
    <ConfigProvider {...antdConfig(reduced)}>
      <AntApp>
        <BrowserRouter>
          <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />}>
            <Routes>
              <Route path="/console/*" element={<ConsoleApp />} />
              <Route path="/*" element={<PortalApp />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
