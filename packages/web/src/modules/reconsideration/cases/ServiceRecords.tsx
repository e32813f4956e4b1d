// 送达: the case's papers served on the parties (the shared case record's service records, components/
// CaseServiceRecords.tsx) — the papers the case has issued; the 补正通知书's service starts the applicant's ten working
// days.
import { reconsiderationPaperLabels } from '@fazhi/core/modules';
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import { api } from '../../../api/client';
import CaseServiceRecords from '../../../components/CaseServiceRecords';

export default function ServiceRecords({
  c,
  ready,
  onDone,
}: {
  c: ReconsiderationCase;
  ready: Record<keyof typeof reconsiderationPaperLabels, boolean>;
  onDone: (c: ReconsiderationCase) => void;
}) {
  const papers = Object.entries(reconsiderationPaperLabels)
    .filter(([value]) => ready[value as keyof typeof ready])
    .map(([value, label]) => ({ value, label }));
  return (
    <CaseServiceRecords
      services={c.services}
      applicant={c.parties.find((p) => p.role === 'applicant')}
      papers={papers}
      canRecord={c.abilities['record-service']}
      onRecord={async (body) =>
        onDone(await api.post<ReconsiderationCase>(`/reconsideration-cases/${c.id}/service`, body))
      }
    />
  );
}
