// A chart drawn only once it is about to be seen: ECharts (shell/EChart.tsx, a 470 KB chunk) is fetched, compiled
// and run when the chart's place comes within a quarter screen of the viewport. The workbench's chart sits below the fold
// at 1366×768, and loading ECharts with the workbench cost every sign-in the chunk's compile and the chart's canvas
// (docs/test-time-history.md, "What the console costs chromium"); a user who scrolls down sees it drawn as before.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ChartOption } from './EChart';

const EChart = lazy(() => import('./EChart'));

export type { ChartOption };

export default function Chart({ option, height = 260 }: { option: ChartOption; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const place = ref.current;
    if (!place || near) return;
    const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '0px 0px 25% 0px',
    });
    seen.observe(place);
    return () => seen.disconnect();
  }, [near]);
  // the empty place has the chart's size, so nothing moves when it is drawn
  const place = <div ref={ref} style={{ width: '100%', height }} />;
  return near ? (
    <Suspense fallback={place}>
      <EChart option={option} height={height} />
    </Suspense>
  ) : (
    place
  );
}
