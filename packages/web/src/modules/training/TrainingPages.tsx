// The module's pages in one lazy chunk, chosen by the address: the console shell then carries one lazy import for
// the module (its 300 KB budget was all but spent when the module came), not one per page.
import { useLocation } from 'react-router-dom';
import { consoleLink, trainingMenu } from '@fazhi/core/modules';
import StudySessionsPage from './study/StudySessionsPage';
import CandidatePages from './exams/CandidatePages';
import ManagePages from './exams/ManagePages';

export default function TrainingPages() {
  const { pathname } = useLocation();
  if (pathname.startsWith(consoleLink(trainingMenu, 'study-sessions'))) return <StudySessionsPage />;
  if (pathname.startsWith(consoleLink(trainingMenu, 'training-exams'))) return <ManagePages />;
  return <CandidatePages />;
}
