// A candidate's pages in one lazy chunk (the console shell carries one lazy import for both): the list of one's
// exams, or one sitting when the address names it.
import { useParams } from 'react-router-dom';
import MyExamsPage from './MyExamsPage';
import SittingPage from './SittingPage';

export default function CandidatePages() {
  const { id } = useParams();
  return id ? <SittingPage /> : <MyExamsPage />;
}
