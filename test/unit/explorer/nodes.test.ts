import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import type { EngineAccess } from '../../../client/src/engine/connection';
import { untranslated } from '../../../client/src/explorer/format';
import type { ExplorerContext, ExplorerNode } from '../../../client/src/explorer/nodes/base';
import type { ComposeCliState } from '../../../client/src/compose/source';
import { composeProjectView, podProjectView } from '../../../client/src/explorer/composeProjects';
import { ComposeProjectNode, ComposeServiceNode } from '../../../client/src/explorer/nodes/compose';
import { ContainerNode } from '../../../client/src/explorer/nodes/containers';
import { DanglingImageNode, DanglingImagesNode, ImageRepositoryNode, ImageTagNode } from '../../../client/src/explorer/nodes/images';
import { NetworkNode, VolumeNode } from '../../../client/src/explorer/nodes/volumesNetworks';

const history = [
  { Id: 'sha256:top', Created: 3, CreatedBy: '/bin/sh -c #(nop)  CMD ["sh"]', Size: 0 },
  { Id: '<missing>', Created: 2, CreatedBy: '/bin/sh -c apk add curl', Size: 2_500_000 },
  { Id: '<missing>', Created: 1, CreatedBy: '/bin/sh -c #(nop) ADD file:abc in / ', Size: 7_800_000 },
];

const ctx: ExplorerContext = {
  engine: {
    docker: {
      getImage: () => ({ history: async () => history }),
      listContainers: async () => {
        throw Object.assign(new Error('(HTTP code 500) server error'), { json: { message: 'engine exploded' } });
      },
    },
  } as unknown as EngineAccess,
  t: untranslated,
  locale: 'en',
  now: () => Date.UTC(2026, 0, 10),
};

const web: Docker.ContainerInfo = {
  Id: 'c'.repeat(64),
  Names: ['/shop-web-1'],
  Image: 'nginx:1.27',
  ImageID: 'sha256:1',
  Command: 'nginx -g daemon off;',
  Created: Date.UTC(2026, 0, 9) / 1000,
  Ports: [
    { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
    { IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
  ],
  Labels: {
    'com.docker.compose.project': 'shop',
    'com.docker.compose.service': 'web',
    'com.docker.compose.project.working_dir': '/home/me/shop',
    'com.docker.compose.project.config_files': '/home/me/shop/compose.yaml,/home/me/shop/compose.override.yaml',
  },
  State: 'running',
  Status: 'Up 2 hours',
  HostConfig: { NetworkMode: 'shop_default' },
  NetworkSettings: { Networks: { shop_default: { NetworkID: 'n1', IPAddress: '172.18.0.2' } as Docker.NetworkInfo } },
  Mounts: [
    { Type: 'bind', Source: '/home/me/shop/html', Destination: '/usr/share/nginx/html', Mode: 'ro', RW: false, Propagation: 'rprivate' },
    { Type: 'volume', Name: 'shop_cache', Source: '/var/lib/docker/volumes/shop_cache/_data', Destination: '/cache', Mode: 'z', RW: true, Propagation: '' },
  ],
};

async function everyNode(roots: ExplorerNode[]): Promise<ExplorerNode[]> {
  const all: ExplorerNode[] = [];
  for (const node of roots) all.push(node, ...(await everyNode(await node.getChildren())));
  return all;
}

const v1Found: ComposeCliState = {
  status: 'found',
  cli: { command: { program: 'docker-compose', prefix: [] }, implementation: 'compose-v1', version: '1.29.2', capabilities: { wait: false, watch: false, profiles: true, envFile: true, removeOrphans: true } },
};

/** A project node over `containers` (of the `shop` labels above), with container nodes made as the model makes them. */
function shopProject(containers: Docker.ContainerInfo[], cli: ComposeCliState = v1Found): ComposeProjectNode {
  return new ComposeProjectNode(ctx, composeProjectView('shop', undefined, containers), () => cli, (info, parent) => new ContainerNode(ctx, parent, info));
}

describe('explorer nodes', () => {
  test('a container: name, image and status, state icon; children are its ports, mounts and networks', () => {
    const node = shopProject([web]).services[0].containers[0];
    const presentation = node.present();
    assert.equal(presentation.label, 'shop-web-1');
    assert.equal(presentation.description, 'nginx:1.27 · Up 2 hours');
    assert.equal(presentation.contextValue, 'container.running');
    assert.equal(presentation.collapsible, 'collapsed');
    assert.deepEqual(node.ref, { kind: 'container', id: web.Id, name: 'shop-web-1', state: 'running' });
    assert.deepEqual(
      node.getChildren().map((child) => [child.present().contextValue, child.present().label, child.present().description]),
      [
        ['port', '8080 → 80/tcp', 'http://localhost:8080'],
        ['mount', '/cache', 'volume shop_cache'],
        ['mount', '/usr/share/nginx/html', 'bind /home/me/shop/html · read-only'],
        ['endpoint', 'shop_default', '172.18.0.2'],
      ],
    );
    assert.equal(node.getChildren()[0].present().openUrl, 'http://localhost:8080');
    assert.equal(node.getChildren()[0].parent, node, 'children know their parent (for reveal)');
  });

  test('a container with no ports, mounts or networks cannot be expanded', () => {
    const bare = { ...web, Ports: [], Mounts: [], NetworkSettings: { Networks: {} } };
    assert.equal(new ContainerNode(ctx, undefined, bare).present().collapsible, 'none');
  });

  test('a compose project known from its containers carries what compose commands need', () => {
    const project = shopProject([web, { ...web, Id: 'd'.repeat(64), Names: ['/shop-web-2'], State: 'exited', Status: 'Exited (2) 1 second ago' }]);
    assert.deepEqual(project.composeProject, {
      name: 'shop',
      workingDir: '/home/me/shop',
      configFiles: ['/home/me/shop/compose.yaml', '/home/me/shop/compose.override.yaml'],
      defined: false,
      profiles: [],
      services: [{ name: 'web', profiles: [] }],
    });
    const presentation = project.present();
    assert.equal(presentation.description, '1/2 running');
    assert.equal(presentation.contextValue, 'composeProject');
    assert.equal(
      presentation.tooltip,
      ['shop', 'Folder: /home/me/shop', 'Files: compose.yaml, compose.override.yaml', 'Compose CLI: docker-compose 1.29.2 (Docker Compose v1)'].join('\n'),
    );
    assert.match(shopProject([web], { status: 'notFound', tried: [] }).present().tooltip ?? '', /Compose CLI: none found$/);
    assert.match(shopProject([web], { status: 'invalidSetting' }).present().tooltip ?? '', /Compose CLI: the setting dockside\.compose\.command is neither "auto" nor an argument array$/);
    const [service] = project.getChildren() as ComposeServiceNode[];
    assert.equal(service.present().label, 'web');
    assert.equal(service.present().description, '1/2 running', 'a collapsed service shows its counts');
    assert.equal(service.present().contextValue, 'composeService.running');
    assert.deepEqual(service.composeService.containers.map((ref) => ref.name), ['shop-web-1', 'shop-web-2']);
  });

  test('a Podman pod groups its containers like a project, but offers no compose commands', () => {
    const pod = new ComposeProjectNode(ctx, podProjectView('backend', [web]), () => v1Found, (info, parent) => new ContainerNode(ctx, parent, info));
    const presentation = pod.present();
    assert.deepEqual([presentation.label, presentation.description, presentation.tooltip, presentation.contextValue], ['backend', '1/1 running', 'Podman pod', 'pod']);
    assert.deepEqual(pod.getChildren().map((child) => child.present().label), ['shop-web-1']);
  });

  test('a defined service: its state, profiles, image or build context, and where it is defined', () => {
    const definition = {
      name: 'shop',
      workingDir: '/home/me/shop',
      files: ['/home/me/shop/compose.yaml'],
      profiles: ['debug'],
      unreadable: [],
      services: [
        { name: 'web', profiles: [], build: './web', file: '/home/me/shop/compose.yaml', range: { start: { line: 2, character: 2 }, end: { line: 2, character: 5 } } },
        { name: 'debug', profiles: ['debug'], image: 'busybox', file: '/home/me/shop/compose.yaml', range: { start: { line: 5, character: 2 }, end: { line: 5, character: 7 } } },
      ],
    };
    const project = new ComposeProjectNode(ctx, composeProjectView('shop', definition, [web]), () => v1Found, (info, parent) => new ContainerNode(ctx, parent, info));
    assert.equal(project.present().contextValue, 'composeProject.defined.profiles');
    const [webService, debug] = project.services;
    assert.deepEqual([webService.present().description, webService.present().contextValue], ['1/1 running · build ./web', 'composeService.running.defined.build']);
    assert.deepEqual([debug.present().description, debug.present().contextValue, debug.present().collapsible], [
      'not created · profiles: debug · busybox',
      'composeService.notCreated.defined',
      'none',
    ]);
    assert.deepEqual(debug.composeService.definition, { file: '/home/me/shop/compose.yaml', line: 5, character: 2 });
    assert.deepEqual(project.composeProject.services, [
      { name: 'web', profiles: [] },
      { name: 'debug', profiles: ['debug'] },
    ]);
  });

  test('an image tag: size and age; its children are its layers in Dockerfile order', async () => {
    const repository = new ImageRepositoryNode(ctx, 'alpine');
    const image = { Id: 'sha256:top', Created: Date.UTC(2026, 0, 7) / 1000, Size: 10_300_000 } as Docker.ImageInfo;
    const tag = new ImageTagNode(ctx, repository, { repository: 'alpine', tag: '3.20', image });
    repository.tags = [tag];
    assert.equal(tag.present().description, '10.3 MB · 3 days ago');
    assert.deepEqual(tag.ref, { kind: 'image', id: 'sha256:top', name: 'alpine:3.20' });
    const layers = (await tag.getChildren()).map((layer) => [layer.present().label, layer.present().description]);
    assert.deepEqual(layers, [
      ['ADD file:abc in /', '7.8 MB'],
      ['RUN apk add curl', '2.5 MB'],
      ['CMD ["sh"]', '0 B'],
    ]);
    assert.equal(repository.present().description, '1 tag');
  });

  test('a dangling image is named by its short ID', () => {
    const group = new DanglingImagesNode(ctx);
    const dangling = new DanglingImageNode(ctx, group, { Id: `sha256:${'a'.repeat(64)}`, Created: 0, Size: 5 } as Docker.ImageInfo);
    group.images = [dangling];
    assert.equal(dangling.present().label, 'a'.repeat(12));
    assert.equal(dangling.present().contextValue, 'image.dangling');
    assert.equal(group.present().contextValue, 'danglingImages');
  });

  test('a volume: driver and size; an anonymous one by its short name; a failed child listing is an error item', async () => {
    const volume = new VolumeNode(ctx, { Name: 'f'.repeat(64), Driver: 'local', Mountpoint: '/v', Labels: {}, Scope: 'local', Options: null }, { size: 12_000, refCount: 1 });
    assert.equal(volume.present().label, 'f'.repeat(12));
    assert.equal(volume.present().description, 'local · 12 kB');
    const [error] = await volume.getChildren();
    assert.equal(error.present().contextValue, 'errorState');
    assert.equal(error.present().label, 'Could not load: engine exploded');
  });

  test('a network: driver, subnet, and whether it is internal', () => {
    const info = { Name: 'backend', Id: 'n1', Driver: 'bridge', Internal: true, IPAM: { Driver: 'default', Config: [{ Subnet: '172.20.0.0/16' }] } } as Docker.NetworkInspectInfo;
    assert.equal(new NetworkNode(ctx, info).present().description, 'bridge · 172.20.0.0/16 · internal');
    assert.equal(new NetworkNode(ctx, { ...info, Name: 'host', Driver: 'host', Internal: false, IPAM: { Driver: 'default', Config: [] } }).present().description, 'host');
  });

  test('networks: the engine\'s own are marked builtin', () => {
    const network = (Name: string): NetworkNode => new NetworkNode(ctx, { Name, Id: `${Name}-id`, Driver: Name === 'none' ? 'null' : 'bridge' } as Docker.NetworkInspectInfo);
    assert.deepEqual(['bridge', 'host', 'none', 'shop_default'].map((name) => network(name).present().contextValue), [
      'network.builtin',
      'network.builtin',
      'network.builtin',
      'network',
    ]);
  });

  test('every node of a tree sets a context value and an id unique in its view', async () => {
    const project = shopProject([web, { ...web, Id: 'e'.repeat(64), Names: ['/shop-web-2'] }]);
    const nodes = await everyNode([project]);
    assert.equal(nodes.length, 12);
    const ids = nodes.map((node) => node.present().id);
    assert.equal(new Set(ids).size, ids.length, ids.join('\n'));
    for (const node of nodes) assert.ok(node.present().contextValue, node.present().id);
  });
});
