/** The one-line help under a control; its id is what the control's aria-describedby points at. */
export function ControlHelp({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <p id={id} className="control-help">
      {text}
    </p>
  );
}
