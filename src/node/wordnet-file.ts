// src/data/wordnet-graph.json: the WordNet graph (core/wordnet-graph.ts) as one JSON file, its
// number arrays as base64 of little-endian typed arrays. Read back in ~20 ms, where parsing the
// relation table's nested JSON arrays took ~200 ms and ~20 MB of heap.

import { readFile } from 'node:fs/promises'
import { PackedTable } from '../core/packed-table.ts'
import type { WordnetGraph, WordnetGraphData } from '../core/wordnet-graph.ts'
import type { SenseGraph } from '../core/wordnet-senses.ts'

export const GRAPH_FILE = new URL('../data/wordnet-graph.json', import.meta.url)

interface GraphJson {
  source: string
  stems: string
  into: string
  from: string
  rank: string
  person: string[]
  frequency: string
  names?: string
  english?: string
}

const base64 = (a: Uint32Array | Uint16Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64')

/** Copied into a buffer of its own: a view must start at a multiple of its element size. */
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64')).buffer

export function graphJson(graph: WordnetGraphData, source: string): string {
  const json: GraphJson = {
    source,
    stems: graph.stems,
    into: base64(graph.into),
    from: base64(graph.from),
    rank: base64(graph.rank),
    person: graph.person,
    frequency: graph.frequency,
    ...(graph.names !== undefined && { names: graph.names }),
    ...(graph.english !== undefined && { english: graph.english }),
  }
  return JSON.stringify(json)
}

export function parseGraph(text: string): WordnetGraph {
  const json = JSON.parse(text) as GraphJson
  return {
    // Every line's start: a stem's id is its line, read back with keyStart.
    stems: new PackedTable(json.stems, 1),
    into: new Uint32Array(bytes(json.into)),
    from: new Uint32Array(bytes(json.from)),
    rank: new Uint16Array(bytes(json.rank)),
    person: json.person,
    frequency: json.frequency,
    ...(json.names !== undefined && { names: json.names }),
    ...(json.english !== undefined && { english: json.english }),
  }
}

/** The graph, with the rare senses beside it. */
export async function readGraph(): Promise<WordnetGraph> {
  const [graph, senses] = await Promise.all([
    readFile(GRAPH_FILE, 'utf8'),
    readFile(SENSES_FILE, 'utf8'),
  ])
  return { ...parseGraph(graph), senses: parseSenses(senses) }
}

// src/data/wordnet-senses.json: the rare senses (core/wordnet-senses.ts), written the same way.
export const SENSES_FILE = new URL('../data/wordnet-senses.json', import.meta.url)

interface SensesJson {
  source: string
  into: string
  from: string
  sense: string
  contextAt: string
  context: string
}

export function sensesJson(senses: SenseGraph, source: string): string {
  const json: SensesJson = {
    source,
    into: base64(senses.into),
    from: base64(senses.from),
    sense: base64(senses.sense),
    contextAt: base64(senses.contextAt),
    context: base64(senses.context),
  }
  return JSON.stringify(json)
}

export function parseSenses(text: string): SenseGraph {
  const json = JSON.parse(text) as SensesJson
  return {
    into: new Uint32Array(bytes(json.into)),
    from: new Uint32Array(bytes(json.from)),
    sense: new Uint32Array(bytes(json.sense)),
    contextAt: new Uint32Array(bytes(json.contextAt)),
    context: new Uint32Array(bytes(json.context)),
  }
}
