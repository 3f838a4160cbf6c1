/**
 * The desk scenes: the calendar turning to a meeting's date, and one scene for each consequence's medium (a
 * teletype printing a cable, a newspaper landing, a telephone ringing beside a message pad, a typed and stamped
 * record, the photo interpreter's light table). Each is drawn by code from shapes, fills whatever size the stage
 * has (a tall column or a low band) and ends on a still frame that is the whole picture.
 */
import type { Painters } from '../stage-scene';
import type { StageView } from '../../stage-contract';
import { calendarPainter } from './calendar';
import { lightTablePainter } from './light-table';
import { newspaperPainter } from './newspaper';
import { recordPainter } from './record';
import { telephonePainter } from './telephone';
import { teletypePainter } from './teletype';

type DeskKind = Exclude<StageView['kind'], 'room'>;

export function deskPainters(): { [K in DeskKind]: Painters[K] } {
  return {
    calendar: calendarPainter(),
    cable: teletypePainter(),
    headline: newspaperPainter(),
    phone: telephonePainter(),
    record: recordPainter(),
    lighttable: lightTablePainter(),
  };
}
