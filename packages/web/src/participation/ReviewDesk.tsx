// The 合法性审查 desk's one lazy chunk: the queue, or one draft's package when the address names it. One chunk for
// both pages keeps the shell's preload list for them to one entry (the shell's budget, docs/architecture.md).
import { useParams } from 'react-router-dom';
import ReviewDeskPage from './ReviewDeskPage';
import ReviewPackagePage from './ReviewPackagePage';

export default function ReviewDesk() {
  const { kind, id } = useParams();
  return kind && id ? <ReviewPackagePage /> : <ReviewDeskPage />;
}
