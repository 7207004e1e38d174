/** Says, in words, that the results are from the last valid inputs while a field is invalid. */
export function StaleNote({ stale }: { stale: boolean }) {
  return (
    <p class={stale ? 'stale-note' : 'visually-hidden'} role="status">
      {stale ? 'Out of date: these results are for the last valid inputs. Fix the field marked with ⚠ to update them.' : ''}
    </p>
  );
}
