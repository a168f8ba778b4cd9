import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  // One block with no gap of its own: when nothing is shown it takes no room under the button.
  outcome: { display: "flex", flexDirection: "column", alignSelf: "stretch" },
  running: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  line: { margin: 0 },
  // MessageBar's own 12 px text is too small on a shared screen.
  message: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export interface ActionOutcomeProps {
  /** Shown with a spinner while the action runs. */
  progress?: string;
  /** Lines of a success (or of a warning, with `intent`). */
  success?: readonly ReactNode[];
  intent?: "success" | "warning" | "info";
  /** Lines explaining a failure. */
  failure?: readonly string[];
  /** Buttons under the message (a choice the user is asked to make). */
  actions?: ReactNode;
}

/** The live regions of an action: progress or outcome (status, announced politely) and failure (alert). */
export function ActionOutcome({ progress, success, intent = "success", failure, actions }: ActionOutcomeProps) {
  const styles = useStyles();
  return (
    <div className={styles.outcome}>
      <div role="status" aria-live="polite">
        {progress !== undefined && (
          <div className={styles.running}>
            <Spinner size="small" />
            <span>{progress}</span>
          </div>
        )}
        {success && (
          <MessageBar intent={intent} layout="multiline">
            <MessageBarBody className={styles.message}>
              {success.map((line, i) => (
                <p key={i} className={styles.line}>
                  {line}
                </p>
              ))}
              {actions}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div role="alert">
        {failure && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={styles.message}>
              {failure.map((line) => (
                <p key={line} className={styles.line}>
                  {line}
                </p>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
