export { WarningDialog } from './warning-dialog';
export type { DialogDecision, DialogFinding, DialogFindingAction, WarningDialogProps } from './warning-dialog';
export { FindingRows } from './finding-rows';
export type { FindingRowsProps } from './finding-rows';
export { WARNING_DIALOG_CSS } from './styles';
