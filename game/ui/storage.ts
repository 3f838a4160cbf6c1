export { probeStorage } from '../services/storage';
