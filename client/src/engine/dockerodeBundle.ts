/**
 * The entry of `dist/dockerode.js`: dockerode, plus the gRPC and protobuf libraries it already
 * brings. The BuildKit session and trace decoder (client/src/buildkit) use those two; the
 * extension bundle reads them from here (see scripts/build.mjs), so they are neither bundled twice
 * nor loaded before the engine is first used.
 */
import * as grpc from '@grpc/grpc-js';
import Docker = require('dockerode');
import * as protobufLight from 'protobufjs/light';

/** The modules the extension bundle takes from this one, by the name it imports them as. */
const sharedModules: Readonly<Record<string, unknown>> = { '@grpc/grpc-js': grpc, 'protobufjs/light': protobufLight };
Object.defineProperty(Docker, 'sharedModules', { value: sharedModules });

export = Docker;
