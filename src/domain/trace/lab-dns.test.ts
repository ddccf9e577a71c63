import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { labDnsAnswers } from './lab-dns';

describe('labDnsAnswers', () => {
  const index = buildAccountIndex(
    snapshotBuilder().dns('App.Corp.Example.', ['10.0.0.1']).dns('*.corp.example', ['10.0.0.2']).dns('*.eu.corp.example', ['10.0.0.3']).build(),
  );

  it('answers exact names case-insensitively, then the most specific wildcard', () => {
    expect(labDnsAnswers(index, 'app.corp.example')).toEqual(['10.0.0.1']);
    expect(labDnsAnswers(index, 'wiki.corp.example')).toEqual(['10.0.0.2']);
    expect(labDnsAnswers(index, 'wiki.eu.corp.example')).toEqual(['10.0.0.3']);
    expect(labDnsAnswers(index, 'corp.example')).toEqual([]);
  });
});
