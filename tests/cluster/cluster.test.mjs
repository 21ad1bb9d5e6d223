// Two app servers on one PostgreSQL database behind nginx (scripts/cluster.sh starts them):
// a person signs up on one server and goes on on the other; an offer approved on one is found
// by a search on the other; a webinar reminder is sent once although both servers run the job
// runner; then one server is killed in the middle of a stream of requests and nothing is lost.
// Which server answered is found the way an operator would: the response's request id, in the
// servers' JSON logs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const PROXY = process.env.CLUSTER_PROXY;
const [A, B] = process.env.CLUSTER_SERVERS.split(',');
const [PID_A] = process.env.CLUSTER_PIDS.split(',').map(Number);
const LOGS = process.env.CLUSTER_LOGS.split(',');
const DB = process.env.DATABASE_URL;
const PSQL = process.env.CLUSTER_PSQL || 'psql';
const MODERATOR = ['moderator@example.org', 'demo moderator of the academy'];

const sql = (query) => execFileSync(PSQL, [DB, '-tAc', query], { encoding: 'utf8' }).trim();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A visitor without JavaScript: one session cookie, forms with their CSRF token. */
class Visitor {
  constructor(base) { this.base = base; this.cookie = null; }

  async send(path, { method = 'GET', form = null, base = this.base } = {}) {
    const headers = {};
    if (this.cookie) headers.cookie = `sta_session=${this.cookie}`;
    let body;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(form).toString();
    }
    const response = await fetch(base + path, { method, headers, body, redirect: 'manual' });
    for (const set of response.headers.getSetCookie()) {
      const match = /^sta_session=([^;]*)/.exec(set);
      if (match) this.cookie = match[1] || null;
    }
    return {
      status: response.status,
      location: response.headers.get('location'),
      id: response.headers.get('x-request-id'),
      text: await response.text(),
    };
  }

  async submit(pagePath, action, fields, base = this.base) {
    const page = await this.send(pagePath, { base });
    assert.equal(page.status, 200, `${pagePath}: ${page.status}`);
    const token = /name="csrf_token" value="([^"]+)"/.exec(page.text)?.[1];
    assert.ok(token, `${pagePath}: a form token`);
    return this.send(action, { method: 'POST', form: { csrf_token: token, ...fields }, base });
  }

  async signIn(email, password, base = this.base) {
    const done = await this.submit('/en/account/sign-in', '/en/account/sign-in', { email, password }, base);
    assert.equal(done.status, 303, `signed in as ${email}`);
  }
}

/** Which app server answered the request with this id (from the servers' JSON logs). */
function servedBy(id) {
  for (const [index, file] of LOGS.entries()) {
    const answered = readFileSync(file, 'utf8')
      .split('\n')
      .some((line) => line.includes(`"request_id":"${id}"`) && line.includes('"target":"access"'));
    if (answered) return index === 0 ? 'A' : 'B';
  }
  return null;
}

async function eventually(what, check, seconds = 30) {
  for (let i = 0; i < seconds * 4; i++) {
    if (check()) return;
    await sleep(250);
  }
  assert.fail(`${what} did not happen within ${seconds} s`);
}

const email = `cluster.${Date.now()}@example.org`;
const person = new Visitor(PROXY);

test('a person signs up through the proxy and goes on on either server', async () => {
  const done = await person.submit('/en/account/sign-up', '/en/account/sign-up', {
    email,
    display_name: 'Noor Haddad',
    password: 'a cluster of long passphrases',
    password_confirm: 'a cluster of long passphrases',
    language: 'en',
    time_zone: 'Europe/Brussels',
  });
  assert.equal(done.status, 303, done.text.slice(0, 300));
  const seen = new Set();
  for (let i = 0; i < 6; i++) {
    const page = await person.send('/en/account');
    assert.equal(page.status, 200);
    assert.match(page.text, /Noor Haddad/);
    seen.add(servedBy(page.id));
  }
  assert.deepEqual([...seen].sort(), ['A', 'B'], 'the proxy used both servers');
  for (const base of [A, B]) {
    const page = await person.send('/en/account', { base });
    assert.equal(page.status, 200, base);
    assert.match(page.text, /Noor Haddad/, `${base}: the same session`);
  }
});

test('an offer approved on one server is found by a search on the other', async () => {
  const moderator = new Visitor(A);
  await moderator.signIn(...MODERATOR);
  const queue = await moderator.send('/en/moderation');
  const review = /href="(\/en\/moderation\/offers\/\d+)"/.exec(queue.text)?.[1];
  assert.ok(review, 'an offer waits for review in the demo content');
  const id = review.split('/').pop();
  const title = sql(`SELECT t.title FROM offer_translations t JOIN offers o ON o.id = t.offer_id
    AND t.lang = o.original_lang WHERE o.id = ${id}`);
  const slug = sql(`SELECT slug FROM offers WHERE id = ${id}`);
  const before = await new Visitor(B).send(`/en/offers/${slug}`);
  assert.equal(before.status, 404, 'not public before the decision');
  const decided = await moderator.submit(review, review, { action: 'approve' });
  assert.equal(decided.status, 303, decided.text.slice(0, 300));
  const words = title.split(/\s+/).slice(0, 3).join(' ');
  const found = await new Visitor(B).send(`/en/offers?q=${encodeURIComponent(words)}`);
  assert.equal(found.status, 200);
  assert.ok(found.text.includes(`/offers/${slug}`), `server B finds "${words}"`);
});

test('a webinar reminder is sent once although both servers run the job runner', async () => {
  const moderator = new Visitor(B);
  await moderator.signIn(...MODERATOR);
  const list = await moderator.send('/en/webinars');
  const page = /href="(\/en\/webinars\/[a-z0-9-]+)"/.exec(list.text)?.[1];
  assert.ok(page, 'an upcoming webinar');
  const registered = await moderator.submit(page, `${page}/register`, {});
  assert.equal(registered.status, 303, registered.text.slice(0, 300));
  const registration = sql(
    `SELECT id FROM webinar_registrations WHERE email = '${MODERATOR[0]}' AND status = 'confirmed' ORDER BY id DESC LIMIT 1`);
  assert.ok(registration, 'a confirmed registration');
  const before = Number(sql(`SELECT COUNT(*) FROM outbox WHERE to_address = '${MODERATOR[0]}'`));
  // The webinar starts in half an hour; the seat was held for two days; the job is due now.
  sql(`UPDATE webinars SET starts_at = now() + interval '30 minutes'
       WHERE id = (SELECT webinar_id FROM webinar_registrations WHERE id = ${registration})`);
  sql(`UPDATE webinar_registrations SET confirmed_at = now() - interval '2 days' WHERE id = ${registration}`);
  sql(`UPDATE background_jobs SET run_at = now() WHERE kind = 'webinar-mails'`);
  const reminders = () => Number(sql(
    `SELECT COUNT(*) FROM webinar_mails WHERE registration_id = ${registration} AND kind = 'reminder_1h'`));
  await eventually('the 1-hour reminder', () => reminders() === 1);
  // Both servers poll again: still one.
  sql(`UPDATE background_jobs SET run_at = now() WHERE kind = 'webinar-mails'`);
  await sleep(12000);
  assert.equal(reminders(), 1);
  const after = Number(sql(`SELECT COUNT(*) FROM outbox WHERE to_address = '${MODERATOR[0]}'`));
  assert.equal(after - before, 1, 'one reminder in the outbox');
});

test('one server killed mid-run: every request is answered and nothing is lost', async () => {
  const statuses = [];
  for (let i = 0; i < 30; i++) {
    if (i === 10) process.kill(PID_A, 'SIGKILL');
    const page = await person.send(i % 2 ? '/en/account' : '/en/offers');
    statuses.push(page.status);
    await sleep(50);
  }
  assert.deepEqual(statuses.filter((s) => s !== 200), [], `every request answered: ${statuses}`);
  // A form after the loss works, on the same session.
  const offers = await person.send('/en/offers');
  const offer = /href="(\/en\/offers\/[a-z0-9-]+)"/.exec(offers.text)?.[1];
  const saved = await person.submit(offer, offer, { action: 'save' });
  assert.equal(saved.status, 303, saved.text.slice(0, 300));
  const mine = await person.send('/en/account/saved');
  assert.ok(mine.text.includes(offer), 'the saved offer is there');
  assert.equal(servedBy(mine.id), 'B');
  assert.match((await person.send('/en/account')).text, /Noor Haddad/, 'still signed in');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM users WHERE email = '${email}'`)), 1);
});
