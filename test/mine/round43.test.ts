import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The forty-third extractor: attribution only (who said it). Every text is written here, none copied from the labelled
// set; each rule has cases it must change and cases it must leave.

describe('`in her words` / `in his own words` before a quotation: the person named last before the aside', () => {
  it('files the quotation under that person, by surname', () => {
    const [found, ...rest] = mine(
      'Parish news\nDeacon Ilse Marrow-Tate told the meeting on Sunday that, in her words, “a sustainable city is a city that leaves its rivers cleaner than it found them.”',
    );
    expect(rest).toEqual([]);
    expect(found?.attribution?.author).toBe('Marrow-Tate');
    const [his] = mine('Oskar Feldt spoke last and, in his own words, “a smart city is a city that answers its letters within a week.”');
    expect(his?.attribution?.author).toBe('Feldt');
  });

  it('leaves the author unnamed when no person is named before it', () => {
    const [found] = mine('The bishop reminded us that, in her words, “a sustainable city is a city that does not borrow from its grandchildren.”');
    expect(found?.attribution?.cue).toBeDefined();
    expect(found?.attribution?.author).toBeUndefined();
  });
});

describe('a named possessor’s answer or definition announced by a colon (`Brandquist’s answer is simple: …`)', () => {
  it('files the unquoted clause as quoted, under the possessor', () => {
    const [found] = mine('Why bother? Kasia Lind-Okafor’s answer is blunt: a digital twin is a model that someone is paid to keep true.');
    expect(found?.attribution?.author).toBe('Lind-Okafor');
    const [short] = mine('Ask Varnholt. Varnholt’s definition is short: a smart city is a city that remembers what it promised.');
    expect(short?.attribution?.author).toBe('Varnholt');
  });

  it('leaves a common noun’s answer and a judgement that does not announce it', () => {
    expect(mine('The city’s answer is simple: a smart city is a city that has handed its memory to machines.')[0]?.attribution).toBeUndefined();
    expect(mine('Brandquist’s answer is wrong: a smart city is a city that has handed its memory to machines.')[0]?.attribution).toBeUndefined();
  });
});

describe('a body named by a place and a lower-case body noun, its document saying the quotation', () => {
  it('files the quotation under the body as printed', () => {
    const [found] = mine('The Dunmere harbour board’s handbook says a digital twin is “a model of the quays updated every hour”.');
    expect(found?.attribution?.author).toBe('Dunmere harbour board');
    const [office] = mine('On the ferry, the Kessel tourist office’s brochure says a smart city is “a city you can pay for with one card”.');
    expect(office?.attribution?.author).toBe('Kessel tourist office');
  });

  it('leaves a document with no body named', () => {
    const [found] = mine('Our leaflet says a smart city is “a city whose public services can be used, paid for and fixed through one app”.');
    expect(found?.attribution?.author).toBeUndefined();
  });
});

describe('a titled person addressed by name and told what they wrote (`Dr Osei, at paragraph 4 of your report you write that “…`)', () => {
  it('files the quotation under the person addressed, by surname', () => {
    const [found] = mine(
      'Q. (Mr Hallam-Roe): Professor Ines Dujardin, at page 9 of your statement you write that "a smart city is a city that publishes what its sensors see". Is that right?\nA. It is.',
    );
    expect(found?.attribution?.author).toBe('Dujardin');
  });

  it('leaves a quotation that addresses no one by title', () => {
    const [found] = mine(
      'Q. (Mr Hallam-Roe): At page 9 of the statement you write that "a smart city is a city that publishes what its sensors see". Is that right?',
    );
    expect(found?.attribution?.author).toBeUndefined();
  });
});
