// The progress chart's only script, loaded with the page's nonce. It swaps in new content when the
// plan changes without losing the reader's place, and remembers that place (the scroll position and
// the goal asked for) in the webview state. VS Code discards a hidden chart and rebuilds it from its
// HTML when it is shown again, and after a window reload; the state brings the reader back.
/* global acquireVsCodeApi */
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();
  const main = document.querySelector('main');
  const documentUri = document.body.dataset.document;

  /** @type {{ uri?: string, scrollY?: number, focusGoal?: string }} */
  let state = vscode.getState() || {};
  // A place remembered for another plan means nothing here.
  if (documentUri && state.uri !== documentUri) state = {};

  function save(patch) {
    state = Object.assign({}, state, patch, documentUri ? { uri: documentUri } : {});
    vscode.setState(state);
  }

  function sectionOf(goal) {
    return Array.from(main.querySelectorAll('section[data-goal]')).find((section) => section.dataset.goal === goal);
  }

  function markFocused(goal) {
    for (const section of main.querySelectorAll('section.focused')) section.classList.remove('focused');
    const section = goal === undefined ? undefined : sectionOf(goal);
    if (section) section.classList.add('focused');
    return section;
  }

  // Scrolls a goal to the top and moves the keyboard focus to its heading, so that a screen reader
  // starts reading where the person asked to be.
  function showGoal(goal) {
    const section = markFocused(goal);
    if (!section) return;
    section.scrollIntoView({ block: 'start' });
    const heading = section.querySelector('h2');
    if (heading) heading.focus({ preventScroll: true });
    save({ focusGoal: goal, scrollY: window.scrollY });
  }

  // Where to start: the remembered place when there is one, else the goal the panel was opened for.
  if (typeof state.scrollY === 'number') {
    markFocused(state.focusGoal);
    window.scrollTo(0, state.scrollY);
  } else if (main.dataset.focus) {
    showGoal(main.dataset.focus);
  }
  // Saved at once, so that the panel can be restored after a reload even if the reader never scrolls.
  save({});

  let scrollTimer;
  window.addEventListener(
    'scroll',
    () => {
      clearTimeout(scrollTimer);
      scrollTimer = setTimeout(() => save({ scrollY: window.scrollY }), 100);
    },
    { passive: true },
  );

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'update' && typeof message.html === 'string') {
      const y = window.scrollY;
      // Only a page that has the focus gives it back after the redraw: an update must never take
      // the keyboard away from the editor where the person is typing.
      const active = document.hasFocus() && document.activeElement && document.activeElement.id;
      main.innerHTML = message.html;
      markFocused(state.focusGoal);
      window.scrollTo(0, y);
      const again = active ? document.getElementById(active) : null;
      if (again) again.focus({ preventScroll: true });
    } else if (message.type === 'focus' && typeof message.goal === 'string') {
      showGoal(message.goal);
    }
  });

  // The links to each goal at the top: the same as asking for that goal, so it is remembered too.
  main.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (!link) return;
    const target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    if (target.dataset.goal !== undefined) {
      showGoal(target.dataset.goal);
    } else {
      target.scrollIntoView({ block: 'start' });
      const heading = target.querySelector('h2');
      if (heading) heading.focus({ preventScroll: true });
    }
  });

  // Tells the panel this page is listening, so that it can send what the page missed while it loaded.
  vscode.postMessage({ type: 'ready' });
})();
