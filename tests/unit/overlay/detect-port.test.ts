import { describe, expect, it } from 'vitest';
import { serveDetectPort } from '../../../lib/background/detect-port';
import { DETECT_PORT, type PortLike, portSender } from '../../../lib/overlay/detect-port';
import type { DetectRequest } from '../../../lib/overlay/remote-detect';

/** A port whose far end the test plays: it sees what was posted and answers or closes. */
function fakePort() {
  const posted: Record<string, unknown>[] = [];
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port: PortLike = {
    postMessage: (m) => void posted.push(m as Record<string, unknown>),
    onMessage: { addListener: (cb) => void onMessage.push(cb) },
    onDisconnect: { addListener: (cb) => void onDisconnect.push(cb) },
  };
  return {
    port,
    posted,
    reply: (m: unknown) => {
      for (const cb of onMessage) cb(m);
    },
    close: () => {
      for (const cb of onDisconnect) cb();
    },
  };
}

const request = (text: string): DetectRequest => ({ type: 'detect', items: [{ text }] });

describe('detector port, page side', () => {
  it('opens one port on first use and matches each reply to its request by id', async () => {
    const ports = [fakePort()];
    let opened = 0;
    const send = portSender(() => ports[opened++]!.port);
    expect(opened).toBe(0);
    const a = send(request('a $1'));
    const b = send(request('b $2'));
    expect(opened).toBe(1);
    const [first, second] = ports[0]!.posted;
    expect(first).toMatchObject({ type: 'detect', items: [{ text: 'a $1' }] });
    expect(first!.id).not.toBe(second!.id);
    // Out of order, and a stray reply nobody asked for.
    ports[0]!.reply({ id: 999, matches: [[]] });
    ports[0]!.reply({ id: second!.id, matches: [['b']] });
    ports[0]!.reply({ id: first!.id, matches: [['a']] });
    expect(await a).toEqual({ id: first!.id, matches: [['a']] });
    expect(await b).toEqual({ id: second!.id, matches: [['b']] });
  });

  it('sends what was pending again on a new port when the worker closes it, once', async () => {
    const ports = [fakePort(), fakePort(), fakePort()];
    let opened = 0;
    const send = portSender(() => ports[opened++]!.port);
    const a = send(request('a $1'));
    ports[0]!.close();
    expect(opened).toBe(2);
    expect(ports[1]!.posted).toEqual([expect.objectContaining({ items: [{ text: 'a $1' }] })]);
    ports[1]!.reply({ id: ports[1]!.posted[0]!.id, matches: [[]] });
    expect(await a).toMatchObject({ matches: [[]] });
    // Closed under it twice: it gives up.
    const b = send(request('b $2'));
    ports[1]!.close();
    ports[2]!.close();
    await expect(b).rejects.toThrow(/closed the detector port/);
  });

  it('rejects at once when the extension is gone and no port opens', async () => {
    const send = portSender(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(send(request('a $1'))).rejects.toThrow(/context invalidated/);
  });
});

describe('detector port, background side', () => {
  const served = (name: string, senderId: string) => {
    const far = fakePort();
    const closed: boolean[] = [];
    const port = { ...far.port, name, sender: { id: senderId }, disconnect: () => void closed.push(true) };
    return { far, port, disconnected: () => closed.length > 0 };
  };
  const handled: unknown[] = [];
  const serve = serveDetectPort('me', async (message) => {
    handled.push(message);
    if ((message as { items?: unknown[] }).items?.length === 0) throw new Error('Hashfloor: unknown message');
    return { matches: [[]] };
  });

  it('answers our own detect requests with their id, and errors as errors', async () => {
    const { far, port } = served(DETECT_PORT, 'me');
    serve(port);
    far.reply({ type: 'detect', items: [{ text: '$1' }], id: 7 });
    far.reply({ type: 'detect', items: [], id: 8 });
    far.reply({ type: 'refresh', id: 9 });
    far.reply({ type: 'detect', items: [{ text: '$1' }] });
    far.reply({ type: 'detect', items: [{ text: '$1' }], id: 1.5 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(far.posted).toEqual([
      { matches: [[]], id: 7 },
      { id: 8, error: 'Hashfloor: unknown message' },
      { id: 9, error: 'Hashfloor: only detect requests go over this port' },
    ]);
    // Only detect requests with an id reached the handler (refresh never did).
    expect(handled).toHaveLength(2);
  });

  it('closes a detector port another extension opened, and leaves other ports alone', () => {
    const stranger = served(DETECT_PORT, 'someone-else');
    serve(stranger.port);
    expect(stranger.disconnected()).toBe(true);
    const other = served('another-port', 'me');
    serve(other.port);
    other.far.reply({ type: 'detect', items: [{ text: '$1' }], id: 1 });
    expect(other.disconnected()).toBe(false);
    expect(other.far.posted).toEqual([]);
  });
});
