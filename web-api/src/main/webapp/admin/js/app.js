// The ops console: one page, one section per view, switched by the URL's hash. Everything it shows comes from
// the admin API; a token without the admin role gets 403 there, and the console says so and signs out.
import uPlot from '../../webjars/uplot/1.6.30/dist/uPlot.esm.js';
import { ApiError, call, signIn, signOut, signedIn } from './api.js';
import { $, el, notice, rows } from './dom.js';

const PAGES = ['dashboard', 'users', 'queues', 'jobs', 'models', 'audit'];
const JOBS = ['analytics-nightly', 'analytics-rebuild', 'retrain-categorizer'];
let refreshTimer = null;
let charts = null;
let auditCursor = null;
let currentQueue = null;

function show(page) {
  for (const name of ['login', ...PAGES]) $(`#page-${name}`).hidden = name !== page;
  for (const name of PAGES) $(`#nav-${name}`).classList.toggle('current', name === page);
  $('#nav').hidden = page === 'login';
}

async function route() {
  clearInterval(refreshTimer);
  if (!signedIn()) {
    show('login');
    return;
  }
  const page = PAGES.includes(location.hash.slice(1)) ? location.hash.slice(1) : 'dashboard';
  show(page);
  notice('');
  await guarded(LOADERS[page]);
  if (page === 'dashboard') refreshTimer = setInterval(() => guarded(dashboard), 5000);
}

/** Runs a view's work; a 403 means this account is no admin: said plainly, then back to the sign-in. */
async function guarded(work) {
  try {
    await work();
  } catch (failure) {
    if (failure instanceof ApiError && (failure.status === 403 || failure.status === 401)) {
      const forbidden = failure.status === 403;
      signOut();
      show('login');
      const message = forbidden ? 'This account is not an admin: the admin API answered 403 Forbidden.'
        : 'Your session has ended; sign in again.';
      $('#login-error').textContent = message;
      $('#login-error').hidden = false;
      notice(message, true);
      return;
    }
    notice(failure.message, true);
  }
}

// ---- dashboard

function chart(target, series) {
  // y axis wide enough for five-digit milliseconds; the section's heading is the title
  return new uPlot({ width: 480, height: 220, series: [{}, ...series], axes: [{}, { size: 70 }],
    scales: { x: { time: true } } }, [[], ...series.map(() => [])], $(target));
}

async function dashboard() {
  const { data } = await call('GET', '/admin/system');
  const f = data.figures;
  $('#version').textContent = data.version;
  $('#uptime').textContent = `${Math.floor(data.uptimeSeconds / 60)} min`;
  $('#window').textContent = `${Math.round(f.windowSeconds / 60)} min`;
  $('#figure-requests').textContent = f.requests;
  $('#figure-rate').textContent = f.perSecond;
  $('#figure-p50').textContent = f.p50Ms;
  $('#figure-p99').textContent = f.p99Ms;
  $('#figure-errors').textContent = `${(f.errorRate * 100).toFixed(1)} %`;
  $('#figure-login-failures').textContent = f.loginFailures;
  $('#figure-rate-limited').textContent = f.rateLimitRefusals;
  rows('#health', data.health, (d) => [d.name, el('span', { className: `status-${d.status}` }, d.status),
    el('pre', {}, JSON.stringify(d.data))]);
  rows('#routes', f.routes, (r) => [r.route, r.requests, r.perSecond, r.p50Ms, r.p99Ms, `${(r.errorRate * 100).toFixed(1)} %`]);
  charts ??= {
    rate: chart('#chart-rate', [{ label: 'req/s', stroke: '#3056d3' }]),
    latency: chart('#chart-latency', [{ label: 'p50', stroke: '#1a7f37' }, { label: 'p99', stroke: '#b00020' }]),
  };
  const x = f.series.map((p) => p.startMillis / 1000);
  charts.rate.setData([x, f.series.map((p) => p.perSecond)]);
  charts.latency.setData([x, f.series.map((p) => p.p50Ms), f.series.map((p) => p.p99Ms)]);
}

// ---- users

async function users() {
  const q = $('#user-search').value.trim();
  if (!q) {
    rows('#users', [], () => []);
    return;
  }
  const { data } = await call('GET', `/admin/users?q=${encodeURIComponent(q)}&limit=50`);
  rows('#users', data, (u) => [u.email, u.roles.join(', '), u.createdAt, u.activeSessions,
    el('span', { className: u.locked ? 'status-locked' : 'status-active', 'data-status-of': u.email }, u.locked ? 'locked' : 'active'),
    el('span', {},
      el('button', { type: 'button', 'data-lock': u.email, onclick: () => guarded(() => setLocked(u, !u.locked)) }, u.locked ? 'Unlock' : 'Lock'),
      el('button', { type: 'button', 'data-reset': u.email, onclick: () => guarded(() => resetThrottling(u)) }, 'Reset throttling'))]);
}

async function setLocked(user, locked) {
  await call('PATCH', `/admin/users/${user.id}`, { locked });
  notice(`${user.email} is ${locked ? 'locked; its sessions are revoked' : 'unlocked'}.`);
  await users();
}

async function resetThrottling(user) {
  await call('POST', `/admin/users/${user.id}/throttling/reset`);
  notice(`Throttling of ${user.email} reset.`);
}

// ---- queues and dead letters

async function queues() {
  const { data } = await call('GET', '/admin/queues');
  rows('#queues', data, (q) => [q.address, q.name, q.routingType, el('span', { 'data-depth-of': q.name }, q.messageCount), q.consumerCount,
    el('button', { type: 'button', 'data-browse': q.name, onclick: () => guarded(() => browse(q.name)) }, 'Browse')]);
  if (currentQueue) await browse(currentQueue);
}

async function browse(name) {
  currentQueue = name;
  $('#queue-detail').hidden = false;
  $('#purge-confirm').hidden = true;
  $('#queue-name').textContent = name;
  const { data } = await call('GET', `/admin/queues/${encodeURIComponent(name)}/messages`);
  rows('#messages', data, (m) => [m.messageId, m.originalAddress ?? '', el('pre', {}, JSON.stringify(m.headers, null, 1)),
    el('pre', {}, m.payload ?? ''),
    el('button', { type: 'button', 'data-replay': m.messageId, onclick: () => guarded(() => replay(name, m.messageId)) }, 'Replay')]);
}

async function replay(name, messageId) {
  const { data } = await call('POST', `/admin/queues/${encodeURIComponent(name)}/replay`, messageId === undefined ? {} : { messageId });
  notice(`Replayed ${data.replayed} message(s) to their original destination.`);
  await queues();
}

let purgeToken = null;

async function askPurge() {
  const { data } = await call('POST', `/admin/queues/${encodeURIComponent(currentQueue)}/purge`, {});
  purgeToken = data.confirmation;
  $('#purge-count').textContent = data.messageCount;
  $('#purge-queue').textContent = currentQueue;
  $('#purge-confirm').hidden = false;
}

async function confirmPurge() {
  const { data } = await call('POST', `/admin/queues/${encodeURIComponent(currentQueue)}/purge`, { confirmation: purgeToken });
  purgeToken = null;
  notice(`Purged ${data.purged} message(s).`);
  await queues();
}

// ---- jobs, model, audit

async function jobs() {
  const executions = [];
  for (const job of JOBS) {
    const { data } = await call('GET', `/admin/jobs/${job}/executions?limit=5`);
    executions.push(...data);
  }
  rows('#jobs', executions, (e) => [e.jobName, e.executionId, e.batchStatus, e.startedAt ?? '', e.endedAt ?? '',
    ['FAILED', 'STOPPED'].includes(e.batchStatus)
      ? el('button', { type: 'button', onclick: () => guarded(() => call('POST', `/admin/jobs/executions/${e.executionId}/restart`).then(jobs)) }, 'Restart')
      : e.batchStatus === 'STARTED'
        ? el('button', { type: 'button', onclick: () => guarded(() => call('POST', `/admin/jobs/executions/${e.executionId}/stop`).then(jobs)) }, 'Stop')
        : '']);
}

async function models() {
  await call('GET', '/admin/system'); // the admin check: /ai/model alone answers users too
  try {
    const { data } = await call('GET', '/ai/model');
    $('#model').textContent = JSON.stringify(data, null, 2);
  } catch (failure) {
    if (!(failure instanceof ApiError) || failure.status !== 404) throw failure;
    $('#model').textContent = 'No active model yet.';
  }
}

async function retrain() {
  const { data } = await call('POST', '/ai/model/retrain');
  $('#retrain-status').textContent = `Retraining: execution ${data.executionId}, ${data.batchStatus}`;
}

async function audit(more = false) {
  const cursor = more && auditCursor ? `&cursor=${auditCursor}` : '';
  const answer = await call('GET', `/admin/audit?limit=50${cursor}`);
  const entries = answer.data.map((a) => [a.occurredAt, a.actorId ?? 'anonymous', a.action, a.target ?? '', a.status, a.outcome]);
  const body = $('#audit tbody');
  if (!more) body.replaceChildren();
  body.append(...entries.map((cells) => el('tr', {}, ...cells.map((cell) => el('td', {}, cell)))));
  auditCursor = answer.meta.nextCursor;
  $('#audit-more').hidden = !auditCursor;
}

const LOADERS = { dashboard, users, queues, jobs, models, audit: () => audit(false) };

// ---- wiring

$('#login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('#login-error').hidden = true;
  try {
    await signIn($('#login-email').value, $('#login-password').value);
    $('#login-password').value = '';
    if (location.hash !== '#dashboard') location.hash = '#dashboard';
    else await route();
  } catch (failure) {
    $('#login-error').textContent = failure.message;
    $('#login-error').hidden = false;
  }
});
$('#logout').addEventListener('click', () => {
  signOut();
  route();
});
$('#refresh').addEventListener('click', () => guarded(dashboard));
$('#user-search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  guarded(users);
});
$('#queues-refresh').addEventListener('click', () => guarded(queues));
$('#replay-all').addEventListener('click', () => guarded(() => replay(currentQueue)));
$('#purge').addEventListener('click', () => guarded(askPurge));
$('#purge-yes').addEventListener('click', () => guarded(confirmPurge));
$('#purge-no').addEventListener('click', () => {
  purgeToken = null;
  $('#purge-confirm').hidden = true;
});
$('#retrain').addEventListener('click', () => guarded(retrain));
$('#audit-more').addEventListener('click', () => guarded(() => audit(true)));
window.addEventListener('hashchange', route);
route();
