/** Which encounter to code, opened in the app without a new EHR launch. */
export interface OpenedEncounter {
  patientId: string;
  encounterId: string;
}

export interface OpenEncounterButtonProps {
  patientName: string;
  dateOfService?: string;
  target?: OpenedEncounter;
  /** Why the encounter cannot be opened here, when it cannot. */
  blockedBecause?: string;
  onOpen(target: OpenedEncounter): void;
}

/**
 * A worklist row's patient cell: a button named "<patient> <date of service>" that opens the
 * encounter for coding (Enter, Space or click); plain text when there is no encounter to open.
 */
export function OpenEncounterButton({ patientName, dateOfService, target, blockedBecause, onOpen }: OpenEncounterButtonProps) {
  // The date is part of the name ("Ana Lopez 2026-11-18"), shown in its own column.
  const date = dateOfService ? <>{" "}<span className="visually-hidden">{dateOfService}</span></> : null;
  if (!target || blockedBecause) {
    return <span title={blockedBecause ?? "No encounter is linked to this row."}>{patientName}{date}</span>;
  }
  return (
    <button type="button" className="link-button" onClick={() => onOpen(target)}>
      {patientName}
      {date}
    </button>
  );
}
