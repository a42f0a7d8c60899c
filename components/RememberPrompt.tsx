interface RememberPromptProps {
  /** The reader's answer: true to remember the articles they read. */
  onAnswer: (remember: boolean) => void;
}

/** The one-time question, shown until the reader answers it once; the settings switch changes the answer later. */
export function RememberPrompt({ onAnswer }: RememberPromptProps) {
  return (
    <div class="remember-prompt" role="group" aria-label="Remember articles">
      <p>
        Remember the news articles you read, so Parallax can compare the next article on a story with them? They stay in this browser only, and you can
        delete them at any time.
      </p>
      <div class="buttons">
        <button type="button" class="primary" onClick={() => onAnswer(true)}>
          Remember articles I read
        </button>
        <button type="button" onClick={() => onAnswer(false)}>
          Not now
        </button>
      </div>
    </div>
  );
}
