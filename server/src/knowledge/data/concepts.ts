/**
 * The Docker concepts the notes teach, linked from instruction, command and
 * compose entries through `related`. Where a note is wrong or dated, the
 * entry says what is right.
 */
import { noteFiles } from '../notes';
import type { KnowledgeEntry } from '../types';

const WORK_NOTES = noteFiles.work;
const COURSE_NOTES = noteFiles.course;
const COMMANDS_NOTES = noteFiles.commands;
const OVERVIEW_BLOG = noteFiles.blog;
const INFLEARN_NOTES = noteFiles.inflearn;

const docs = (path: string): string => `https://docs.docker.com/${path}`;

const platform: KnowledgeEntry[] = [
  {
    id: 'concept.docker',
    kind: 'concept',
    title: 'Docker',
    localizedTitle: { ko: '도커란', en: 'What Docker is' },
    aliases: ['도커'],
    ko: {
      summary: '애플리케이션과 그 실행 환경을 컨테이너로 묶어, 어디서나 같은 방식으로 빌드·배포·실행하게 해 주는 오픈 소스 플랫폼입니다.',
      details:
        '코드, 런타임, 라이브러리, 설정을 하나의 이미지로 패키징하고, 그 이미지를 격리된 프로세스인 컨테이너로 실행합니다. ' +
        '"내 PC에서는 되는데 서버에서는 안 된다"는 환경 차이 문제를 줄여 주며, 리눅스 커널의 격리 기능 위에 만들어졌지만 Docker Desktop을 통해 macOS와 Windows에서도 씁니다.',
    },
    en: {
      summary: 'An open-source platform that packages an application with its environment as a container, so it builds, ships and runs the same way everywhere.',
      details:
        'Code, runtime, libraries and settings go into one image, and the image runs as an isolated process, a container. ' +
        'That removes most "works on my machine" differences. It is built on Linux kernel isolation, and runs on macOS and Windows through Docker Desktop.',
    },
    example: 'docker run -d -p 80:80 docker/getting-started',
    sources: [
      { note: WORK_NOTES, section: '도커란?' },
      { note: INFLEARN_NOTES, section: '도커' },
      { note: OVERVIEW_BLOG, section: 'Introduction' },
    ],
    reference: docs('get-started/docker-overview/'),
    related: ['concept.image', 'concept.container', 'concept.client-daemon'],
  },
  {
    id: 'concept.container-vs-vm',
    kind: 'concept',
    title: 'Containers vs virtual machines',
    localizedTitle: { ko: '컨테이너와 가상 머신', en: 'Containers vs virtual machines' },
    aliases: ['hypervisor', '하이퍼바이저', 'virtual machine', 'VM', '가상 머신', 'bare metal'],
    ko: {
      summary: '가상 머신은 하이퍼바이저 위에 게스트 OS를 통째로 올리고, 컨테이너는 호스트 커널을 공유하며 프로세스만 격리합니다.',
      details:
        '서버를 운영하는 방식은 크게 베어메탈, 하이퍼바이저(VMware, VirtualBox 등) 기반 가상 머신, 컨테이너로 나뉩니다. ' +
        '가상 머신은 하드웨어를 흉내 내고 그 위에서 OS 전체를 부팅하므로 무겁고 느립니다. ' +
        '컨테이너는 게스트 OS 없이 앱과 라이브러리만 담고 호스트의 리눅스 커널을 함께 쓰기 때문에, 몇 초 안에 뜨고 이미지도 훨씬 작습니다. 대신 격리 수준은 가상 머신보다 약합니다.',
    },
    en: {
      summary: 'A virtual machine boots a whole guest OS on a hypervisor; a container shares the host kernel and isolates only processes.',
      details:
        'Servers run on bare metal, as hypervisor-based virtual machines (VMware, VirtualBox…), or as containers. ' +
        'A VM emulates hardware and boots a full OS, which is heavy and slow. ' +
        'A container carries only the app and its libraries and shares the host\'s Linux kernel, so it starts in seconds and its image is far smaller. The trade-off: weaker isolation than a VM.',
    },
    pitfalls: [
      {
        ko: '컨테이너는 호스트 커널을 쓰므로 Linux 컨테이너는 Linux 커널이 필요합니다. macOS·Windows의 Docker Desktop은 내부에 가벼운 Linux VM을 띄워 이를 해결합니다.',
        en: 'Containers use the host kernel, so Linux containers need a Linux kernel; Docker Desktop on macOS and Windows runs a small Linux VM for that.',
      },
    ],
    sources: [
      { note: WORK_NOTES, section: '가상 머신과 도커 컨테이너' },
      { note: INFLEARN_NOTES, section: '하이퍼바이저와 컨테이너' },
      { note: COMMANDS_NOTES, section: '도커 주요 명령 익히기' },
    ],
    reference: docs('get-started/docker-concepts/the-basics/what-is-a-container/'),
    related: ['concept.kernel', 'concept.namespaces', 'concept.docker-desktop', 'concept.docker'],
  },
  {
    id: 'concept.kernel',
    kind: 'concept',
    title: 'Kernel',
    localizedTitle: { ko: '커널', en: 'Kernel' },
    aliases: ['커널', 'Linux kernel'],
    ko: {
      summary: '하드웨어와 프로세스 사이에서 메모리, CPU, 장치, 시스템 호출을 관리하는 운영체제의 핵심입니다.',
      details:
        '커널은 프로세스 스케줄링, 메모리 관리, 장치 드라이버, 시스템 호출 처리와 보안을 맡고, 하드웨어를 일관된 인터페이스로 추상화합니다. ' +
        '모든 컨테이너는 호스트의 커널 하나를 함께 쓰며, 커널의 네임스페이스와 cgroups 기능으로 서로 격리되고 자원이 제한됩니다.',
    },
    en: {
      summary: 'The core of the operating system: it manages memory, CPU, devices and system calls between hardware and processes.',
      details:
        'The kernel schedules processes, manages memory, drives devices, serves system calls and enforces security, hiding hardware behind a consistent interface. ' +
        'All containers share the host\'s single kernel; its namespaces and cgroups keep them isolated and limit their resources.',
    },
    pitfalls: [
      {
        ko: '컨테이너 안에서 커널 버전을 바꿀 수는 없습니다. `uname -r`은 호스트 커널을 보여 줍니다.',
        en: 'A container cannot change the kernel version; `uname -r` inside it shows the host kernel.',
      },
    ],
    sources: [{ note: WORK_NOTES, section: '도커와 관련된 개념' }],
    reference: docs('get-started/docker-overview/#the-underlying-technology'),
    related: ['concept.namespaces', 'concept.cgroups', 'concept.container-vs-vm'],
  },
  {
    id: 'concept.lxc',
    kind: 'concept',
    title: 'LXC (Linux Containers)',
    localizedTitle: { ko: 'LXC (리눅스 컨테이너)', en: 'LXC (Linux Containers)' },
    aliases: ['LXC', 'Linux Containers', '리눅스 컨테이너'],
    ko: {
      summary: '한 리눅스 호스트 안에서 CPU, 메모리, 네트워크를 나눠 별도의 리눅스 시스템처럼 쓰게 하는 OS 수준 가상화 기술입니다.',
      details:
        '초기 Docker는 컨테이너를 만들 때 LXC를 사용했습니다. 지금은 LXC에 의존하지 않고 자체 런타임(containerd와 runc)이 ' +
        '커널의 네임스페이스와 cgroups를 직접 사용해 컨테이너를 만듭니다. 개념은 같지만 구현은 다릅니다.',
    },
    en: {
      summary: 'OS-level virtualisation that splits CPU, memory and network on one Linux host so each part acts like a separate Linux system.',
      details:
        'Early Docker created containers through LXC. Today it no longer depends on LXC: its own runtime (containerd and runc) ' +
        'uses the kernel\'s namespaces and cgroups directly. Same idea, different implementation.',
    },
    pitfalls: [
      {
        ko: '"Docker 데몬이 LXC로 컨테이너를 만든다"는 설명은 옛날 이야기입니다. 현재 Docker는 containerd/runc를 사용합니다.',
        en: '"The Docker daemon creates containers with LXC" is outdated: current Docker uses containerd and runc.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'Linux Containers(LXC)' },
      { note: COMMANDS_NOTES, section: 'LXC (`LinuX Container`)' },
    ],
    reference: docs('get-started/docker-overview/#the-underlying-technology'),
    related: ['concept.namespaces', 'concept.cgroups', 'concept.kernel'],
  },
  {
    id: 'concept.cgroups',
    kind: 'concept',
    title: 'cgroups (control groups)',
    localizedTitle: { ko: 'cgroups (제어 그룹)', en: 'cgroups (control groups)' },
    aliases: ['cgroups', 'cgroup', 'control groups', '제어 그룹'],
    ko: {
      summary: '프로세스 그룹이 쓸 수 있는 CPU, 메모리, I/O 같은 자원을 제한하고 측정하는 리눅스 커널 기능입니다.',
      details:
        'Docker는 컨테이너마다 cgroup을 만들어 자원을 나눕니다. `docker run -m 512m`(메모리 상한), `-c`/`--cpu-shares`(CPU 상대 가중치), `--cpus` 같은 옵션이 cgroup 설정이 되고, ' +
        '`docker stats`가 보여 주는 사용량도 cgroup에서 읽어 옵니다. 격리는 네임스페이스가, 자원 제한은 cgroups가 맡습니다.',
    },
    en: {
      summary: 'A Linux kernel feature that limits and accounts for the CPU, memory and I/O a group of processes may use.',
      details:
        'Docker puts each container in its own cgroup. Options such as `docker run -m 512m` (memory limit), `-c`/`--cpu-shares` (relative CPU weight) and `--cpus` become cgroup settings, ' +
        'and the usage `docker stats` shows is read from cgroups. Namespaces isolate; cgroups limit.',
    },
    example: 'docker run -d -m 512m --cpus 1.5 --name web nginx\ndocker stats web',
    pitfalls: [
      {
        ko: '제한을 주지 않으면 컨테이너는 호스트의 메모리와 CPU를 제한 없이 쓸 수 있습니다. 메모리 상한을 넘은 프로세스는 OOM으로 종료됩니다.',
        en: 'Without limits a container may use all the host\'s memory and CPU; a process exceeding its memory limit is OOM-killed.',
      },
    ],
    sources: [{ note: COMMANDS_NOTES, section: '리눅스 컨테이너' }],
    reference: docs('engine/containers/resource_constraints/'),
    related: ['concept.namespaces', 'concept.kernel', 'concept.lxc'],
  },
  {
    id: 'concept.namespaces',
    kind: 'concept',
    title: 'Namespaces',
    localizedTitle: { ko: '네임스페이스', en: 'Namespaces' },
    aliases: ['namespace', '네임스페이스'],
    ko: {
      summary: '프로세스마다 보이는 PID, 네트워크, 파일시스템 마운트, 호스트 이름 등을 분리해 주는 리눅스 커널 격리 기능입니다.',
      details:
        '컨테이너 안의 프로세스는 자기 네임스페이스 안의 것만 봅니다. 그래서 컨테이너 안에서는 앱이 PID 1이고, 고유한 네트워크 인터페이스와 호스트 이름을 가진 것처럼 보입니다. ' +
        '네임스페이스(격리)와 cgroups(자원 제한)가 합쳐져 컨테이너가 됩니다.',
    },
    en: {
      summary: 'Linux kernel isolation that gives processes their own view of PIDs, network, mounts, hostname and more.',
      details:
        'A process in a container sees only what its namespaces contain: the app is PID 1, with its own network interfaces and hostname. ' +
        'Namespaces (isolation) plus cgroups (resource limits) make a container.',
    },
    pitfalls: [
      {
        ko: '`--privileged`나 `--network host`, `--pid host`는 이 격리를 일부 해제합니다. 필요할 때만 쓰세요.',
        en: '`--privileged`, `--network host` and `--pid host` give up part of this isolation; use them only when needed.',
      },
    ],
    sources: [
      { note: WORK_NOTES, section: '도커' },
      { note: INFLEARN_NOTES, section: '하이퍼바이저와 컨테이너' },
    ],
    reference: docs('engine/security/#kernel-namespaces'),
    related: ['concept.cgroups', 'concept.kernel', 'concept.container'],
  },
  {
    id: 'concept.client-daemon',
    kind: 'concept',
    title: 'Docker client and daemon',
    localizedTitle: { ko: '도커 클라이언트와 데몬', en: 'Docker client and daemon' },
    aliases: ['daemon', 'dockerd', 'Docker Engine', '도커 엔진', '데몬', 'client', 'server', 'Docker architecture'],
    ko: {
      summary: 'Docker는 클라이언트(`docker` CLI)가 요청을 보내고 데몬(`dockerd`)이 실제 작업을 하는 클라이언트-서버 구조입니다.',
      details:
        '데몬은 백그라운드에서 실행되며 이미지, 컨테이너, 네트워크, 볼륨을 관리합니다. 우리가 입력하는 `docker run`은 클라이언트가 데몬의 REST API를 호출하는 것일 뿐입니다. ' +
        '둘은 보통 Unix 소켓(`/var/run/docker.sock`)으로 통신하지만, 클라이언트가 원격 데몬에 연결할 수도 있습니다(`docker context`, `DOCKER_HOST`).',
    },
    en: {
      summary: 'Docker is client-server: the client (`docker` CLI) sends requests, the daemon (`dockerd`) does the work.',
      details:
        'The daemon runs in the background and manages images, containers, networks and volumes. Typing `docker run` just makes the client call the daemon\'s REST API. ' +
        'They usually talk over a Unix socket (`/var/run/docker.sock`), but a client can also target a remote daemon (`docker context`, `DOCKER_HOST`).',
    },
    example: 'docker version   # Client:와 Server: 두 부분이 나오면 데몬에 연결된 것입니다\ndocker info',
    pitfalls: [
      {
        ko: '"Cannot connect to the Docker daemon" 오류는 CLI가 아니라 데몬이 꺼져 있거나 소켓 권한이 없다는 뜻입니다. Docker Desktop이나 `dockerd`가 실행 중인지 확인하세요.',
        en: '"Cannot connect to the Docker daemon" means the daemon is not running or the socket is not accessible, not that the CLI is broken; check that Docker Desktop or `dockerd` is up.',
      },
      {
        ko: 'Docker 소켓에 접근할 수 있는 사용자는 사실상 호스트의 root 권한을 가집니다.',
        en: 'Whoever can reach the Docker socket effectively has root on the host.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'Docker Engine' },
      { note: COMMANDS_NOTES, section: 'docker Engine' },
      { note: OVERVIEW_BLOG, section: 'Docker architecture' },
      { note: INFLEARN_NOTES, section: '도커 아키텍처' },
    ],
    reference: docs('get-started/docker-overview/#docker-architecture'),
    related: ['concept.rest-api', 'concept.docker-desktop'],
  },
  {
    id: 'concept.rest-api',
    kind: 'concept',
    title: 'Docker Engine API (REST)',
    localizedTitle: { ko: 'Docker Engine API (REST)', en: 'Docker Engine API (REST)' },
    aliases: ['REST API', 'Rest API', 'Engine API', 'Docker API'],
    ko: {
      summary: '데몬이 HTTP로 제공하는 REST API입니다. `docker` CLI를 포함한 모든 클라이언트가 이 API로 데몬을 조작합니다.',
      details:
        '`docker ps`는 내부적으로 `GET /v1.47/containers/json` 같은 요청이 됩니다. 그래서 CLI 외에도 SDK(Go, Python, Node의 dockerode 등)나 `curl --unix-socket`으로 같은 작업을 할 수 있습니다. ' +
        '클라이언트와 데몬은 별개 프로세스라 메모리를 공유할 수 없으므로 이런 API 호출로 통신합니다.',
    },
    en: {
      summary: 'The HTTP REST API the daemon serves; every client, the `docker` CLI included, drives the daemon through it.',
      details:
        '`docker ps` becomes a request such as `GET /v1.47/containers/json`. So SDKs (Go, Python, dockerode for Node…) or `curl --unix-socket` can do anything the CLI does. ' +
        'Client and daemon are separate processes with no shared memory, hence the API calls.',
    },
    example: 'curl --unix-socket /var/run/docker.sock http://localhost/containers/json',
    pitfalls: [
      {
        ko: '데몬 API를 TCP로 열 때 TLS 없이 노출하면 네트워크의 누구나 호스트를 장악할 수 있습니다.',
        en: 'Exposing the daemon API over TCP without TLS lets anyone on the network take over the host.',
      },
    ],
    sources: [
      { note: COMMANDS_NOTES, section: 'docker Engine' },
      { note: COURSE_NOTES, section: 'Docker Engine' },
      { note: INFLEARN_NOTES, section: '도커 아키텍처' },
    ],
    reference: docs('reference/api/engine/'),
    related: ['concept.client-daemon'],
  },
  {
    id: 'concept.docker-desktop',
    kind: 'concept',
    title: 'Docker Desktop',
    localizedTitle: { ko: 'Docker Desktop', en: 'Docker Desktop' },
    aliases: ['도커 데스크톱'],
    ko: {
      summary: 'macOS, Windows, Linux에서 Docker 엔진, CLI, Compose 등을 한 번에 설치해 주는 데스크톱 애플리케이션입니다.',
      details:
        '데몬(`dockerd`), 클라이언트(`docker`), Docker Compose, Kubernetes, 자격 증명 도우미, 이미지 서명을 확인하는 Docker Content Trust 등을 함께 제공하고, macOS·Windows에서는 가벼운 Linux VM 안에서 엔진을 실행합니다. ' +
        '그래서 Docker Desktop을 설치하면 Compose도 `docker compose` 플러그인으로 이미 들어 있습니다.',
    },
    en: {
      summary: 'A desktop app for macOS, Windows and Linux that installs the Docker Engine, CLI, Compose and more in one go.',
      details:
        'It ships the daemon (`dockerd`), the client (`docker`), Docker Compose, Kubernetes, credential helpers and Docker Content Trust (signed images), and on macOS and Windows runs the engine in a small Linux VM. ' +
        'So with Docker Desktop, Compose is already there as the `docker compose` plugin.',
    },
    pitfalls: [
      {
        ko: 'Docker Desktop은 규모가 큰 기업에서 쓰려면 유료 구독이 필요합니다. 서버에는 보통 Docker Engine만 설치합니다.',
        en: 'Docker Desktop needs a paid subscription in larger companies; servers usually get the plain Docker Engine.',
      },
    ],
    sources: [
      { note: OVERVIEW_BLOG, section: 'Docker Desktop' },
      { note: WORK_NOTES, section: '도커 컴포즈 설치' },
    ],
    reference: docs('desktop/'),
    related: ['concept.client-daemon', 'concept.compose'],
  },
];

const imagesAndBuilds: KnowledgeEntry[] = [
  {
    id: 'concept.image',
    kind: 'concept',
    title: 'Image',
    localizedTitle: { ko: '이미지', en: 'Image' },
    aliases: ['image', 'images', '이미지', 'Docker image', '도커 이미지'],
    ko: {
      summary: '컨테이너를 만드는 데 필요한 파일시스템과 실행 설정을 담은 읽기 전용 템플릿입니다.',
      details:
        '이미지에는 앱 코드, 런타임, 라이브러리, 환경 변수, 기본 실행 명령 등이 들어 있고, 한 번 만들어지면 바뀌지 않습니다(불변). ' +
        '여러 레이어로 이루어지며 다른 이미지를 베이스로 삼아 확장합니다. 하나의 이미지로 컨테이너를 여러 개 만들 수 있습니다.',
    },
    en: {
      summary: 'A read-only template holding the filesystem and run settings needed to create containers.',
      details:
        'An image contains the app code, runtime, libraries, environment variables and default command, and never changes once built (immutable). ' +
        'It is made of layers and usually extends another image. One image can start many containers.',
    },
    example: 'docker pull nginx:latest\ndocker image ls\ndocker image inspect nginx',
    pitfalls: [
      {
        ko: '이미지를 "실행"하면 이미지가 바뀌는 것이 아니라 그 위에 쓰기 가능한 레이어를 얹은 컨테이너가 새로 생깁니다.',
        en: 'Running an image does not change it; Docker creates a new container with a writable layer on top.',
      },
    ],
    sources: [
      { note: WORK_NOTES, section: '도커이미지' },
      { note: COURSE_NOTES, section: 'Docker Image' },
      { note: COMMANDS_NOTES, section: 'docker image' },
      { note: INFLEARN_NOTES, section: '이미지와 컨테이너' },
    ],
    reference: docs('get-started/docker-concepts/the-basics/what-is-an-image/'),
    related: ['concept.layer', 'concept.container', 'concept.registry', 'concept.tag'],
  },
  {
    id: 'concept.container',
    kind: 'concept',
    title: 'Container',
    localizedTitle: { ko: '컨테이너', en: 'Container' },
    aliases: ['container', 'containers', '컨테이너', 'Docker container', '도커 컨테이너'],
    ko: {
      summary: '이미지를 실행한 인스턴스로, 호스트와 다른 컨테이너로부터 격리된 프로세스입니다.',
      details:
        '이미지의 읽기 전용 레이어 위에 컨테이너 전용의 쓰기 가능한 레이어를 얹어 실행합니다. 같은 이미지로 여러 컨테이너를 만들 수 있고, 각자 독립적으로 생성·시작·중지·삭제됩니다. ' +
        'Docker는 컨테이너를 하나의 애플리케이션으로 보므로, 메인 프로세스(PID 1)가 끝나면 컨테이너도 멈춥니다.',
    },
    en: {
      summary: 'A running instance of an image: a process isolated from the host and from other containers.',
      details:
        'It runs with a private writable layer on top of the image\'s read-only layers. One image can back many containers, each created, started, stopped and removed on its own. ' +
        'Docker treats a container as one application: when its main process (PID 1) exits, the container stops.',
    },
    example: 'docker run -d --name web nginx\ndocker ps\ndocker stop web && docker rm web',
    pitfalls: [
      {
        ko: '`docker run ubuntu`가 바로 끝나는 것은 고장이 아닙니다. 기본 명령인 `bash`가 연결된 입력(STDIN)이 없어 곧바로 종료되기 때문입니다. 셸을 쓰려면 `-it`를 붙이세요.',
        en: '`docker run ubuntu` exiting at once is not a failure: its default `bash` has no STDIN and quits; add `-it`.',
      },
    ],
    sources: [
      { note: WORK_NOTES, section: '도커 컨테이너' },
      { note: COURSE_NOTES, section: 'Container 실행' },
      { note: COMMANDS_NOTES, section: 'docker container' },
      { note: OVERVIEW_BLOG, section: 'Containers' },
    ],
    reference: docs('get-started/docker-concepts/the-basics/what-is-a-container/'),
    related: ['concept.image', 'concept.container-lifecycle', 'concept.stateless-container', 'concept.tty', 'concept.container-identity'],
  },
  {
    id: 'concept.container-lifecycle',
    kind: 'concept',
    title: 'Container lifecycle',
    localizedTitle: { ko: '컨테이너 라이프사이클', en: 'Container lifecycle' },
    aliases: ['lifecycle', '라이프사이클', 'container state'],
    ko: {
      summary: '컨테이너는 생성(created) → 실행(running) → 일시 정지(paused) / 중지(exited) → 삭제의 상태를 거칩니다.',
      details:
        '`docker create`는 만들기만 하고, `docker start`가 실행하며, `docker run`은 둘을 한 번에 합니다. `docker stop`은 SIGTERM 후 유예 시간이 지나면 SIGKILL로 멈추고, `docker kill`은 즉시 멈춥니다. ' +
        '`docker pause`/`unpause`는 프로세스를 얼렸다 풀고, 중지된 컨테이너는 `docker rm`으로 지울 때까지 남아 있습니다.',
    },
    en: {
      summary: 'A container moves through created → running → paused / exited → removed.',
      details:
        '`docker create` only creates, `docker start` runs, `docker run` does both. `docker stop` sends SIGTERM, then SIGKILL after a grace period; `docker kill` stops at once. ' +
        '`docker pause`/`unpause` freeze and thaw the processes; a stopped container stays around until `docker rm`.',
    },
    example: 'docker create --name web nginx\ndocker start web\ndocker pause web && docker unpause web\ndocker stop web\ndocker rm web',
    pitfalls: [
      {
        ko: '중지된 컨테이너도 디스크를 차지합니다. `docker ps -a`로 확인하고 `docker container prune`이나 `--rm`으로 정리하세요.',
        en: 'Stopped containers still take disk space; list them with `docker ps -a` and clean up with `docker container prune` or `--rm`.',
      },
    ],
    sources: [
      { note: INFLEARN_NOTES, section: '이미지와 컨테이너' },
      { note: COURSE_NOTES, section: '실행중인 Container 중지(종료)' },
    ],
    reference: docs('reference/cli/docker/container/'),
    related: ['concept.container', 'concept.restart-policy', 'concept.disk-cleanup'],
  },
  {
    id: 'concept.stateless-container',
    kind: 'concept',
    title: 'Container data is ephemeral',
    localizedTitle: { ko: '컨테이너 데이터의 수명', en: 'Container data is ephemeral' },
    aliases: ['stateless', 'Stateless', 'writable layer', '쓰기 레이어'],
    ko: {
      summary: '컨테이너 안에 쓴 파일은 그 컨테이너의 쓰기 레이어에만 있어서, 컨테이너를 삭제하면 함께 사라집니다.',
      details:
        '컨테이너는 상태를 갖지 않는(stateless) 것을 전제로 설계합니다. 중지했다 다시 시작하면 데이터가 남아 있지만, 삭제하거나 새 이미지로 다시 만들면 초기화됩니다. ' +
        'DB 파일, 업로드 파일처럼 남겨야 하는 데이터는 볼륨이나 바인드 마운트에 저장하세요.',
    },
    en: {
      summary: "Files written inside a container live only in its writable layer and disappear when the container is removed.",
      details:
        'Design containers as stateless. Stopping and restarting keeps the data, but removing or re-creating the container (say, from a new image) resets it. ' +
        'Keep data that must survive (database files, uploads) in a volume or bind mount.',
    },
    example: 'docker run -d --name db -v mysqldata:/var/lib/mysql mysql:8',
    pitfalls: [
      {
        ko: '볼륨 없이 실행한 컨테이너의 파일은 컨테이너를 지우면 사라집니다. (단순히 중지할 때가 아니라 `docker rm`이나 `--rm`으로 삭제될 때입니다.)',
        en: "Without a volume, a container's files vanish when the container is removed (not when it is merely stopped: on `docker rm`, or at exit with `--rm`).",
      },
    ],
    sources: [
      { note: INFLEARN_NOTES, section: '볼륨' },
      { note: COURSE_NOTES, section: 'Docker continaer와 사용자 directory 연결' },
    ],
    reference: docs('engine/storage/'),
    related: ['concept.volume', 'concept.volume-vs-bind-mount', 'concept.layer'],
  },
  {
    id: 'concept.layer',
    kind: 'concept',
    title: 'Image layers',
    localizedTitle: { ko: '이미지 레이어', en: 'Image layers' },
    aliases: ['layer', 'layers', '레이어'],
    ko: {
      summary: '이미지는 파일시스템 변경 사항을 담은 읽기 전용 레이어를 차례로 쌓아 만든 것입니다.',
      details:
        'Dockerfile에서 파일을 바꾸는 명령어(`RUN`, `COPY`, `ADD`)마다 레이어가 하나씩 생깁니다. 레이어는 이미지끼리 공유되므로, 이미 받은 ubuntu 레이어가 있으면 그 위의 레이어만 내려받습니다. ' +
        '덕분에 중복 저장이 줄고 빌드와 전송이 빨라집니다. `docker image history`로 레이어 구성을 볼 수 있습니다.',
    },
    en: {
      summary: 'An image is a stack of read-only layers, each holding a set of filesystem changes.',
      details:
        'Each Dockerfile instruction that changes files (`RUN`, `COPY`, `ADD`) adds a layer. Layers are shared between images: if you already have the ubuntu layers, only the ones above are downloaded. ' +
        'That saves storage and speeds up builds and transfers. `docker image history` lists an image\'s layers.',
    },
    example: 'docker image history nginx',
    pitfalls: [
      {
        ko: '앞 레이어에서 추가한 파일을 뒤 레이어에서 지워도 이미지 크기는 줄지 않습니다. 설치와 정리는 같은 `RUN` 안에서 `&&`로 하세요.',
        en: 'Deleting in a later layer a file an earlier layer added does not shrink the image; install and clean up in the same `RUN` with `&&`.',
      },
    ],
    sources: [
      { note: INFLEARN_NOTES, section: '이미지 레이어' },
      { note: INFLEARN_NOTES, section: '레이어 관리' },
      { note: COMMANDS_NOTES, section: 'docker image' },
    ],
    reference: docs('get-started/docker-concepts/building-images/understanding-image-layers/'),
    related: ['concept.build-cache', 'concept.image', 'concept.alpine', 'concept.dockerignore'],
  },
  {
    id: 'concept.build-cache',
    kind: 'concept',
    title: 'Build cache',
    localizedTitle: { ko: '빌드 캐시', en: 'Build cache' },
    aliases: ['cache', '캐시', 'caching', '캐싱'],
    ko: {
      summary: '명령어와 입력 파일이 바뀌지 않은 단계는 이전 빌드의 레이어를 재사용해 빌드를 빠르게 합니다.',
      details:
        '한 단계의 캐시가 깨지면(명령어가 바뀌거나 `COPY`한 파일이 바뀌면) 그 단계와 이후의 모든 단계를 다시 실행합니다. ' +
        '그래서 잘 바뀌지 않는 것(의존성 목록, 패키지 설치)을 먼저, 자주 바뀌는 소스 코드를 나중에 복사하도록 순서를 짜야 캐시를 많이 씁니다.',
    },
    en: {
      summary: "Steps whose instruction and input files have not changed reuse the previous build's layers, making builds fast.",
      details:
        'Once a step misses the cache (its instruction or copied files changed), it and every later step run again. ' +
        'So order the Dockerfile from rarely to often changing: dependency manifests and installs first, source code last.',
    },
    example:
      'COPY package.json package-lock.json ./\nRUN npm ci\n# 소스는 마지막에 / source last\nCOPY . .',
    exampleLanguage: 'dockerfile',
    pitfalls: [
      {
        ko: '`COPY . .`를 의존성 설치보다 먼저 쓰면 소스 한 줄만 바꿔도 매번 의존성을 다시 설치합니다.',
        en: '`COPY . .` before installing dependencies makes every source edit reinstall them all.',
      },
      {
        ko: '`RUN apt-get update`처럼 외부 상태에 의존하는 명령은 캐시 때문에 오래된 결과가 재사용될 수 있습니다. 필요하면 `docker build --no-cache`를 쓰세요.',
        en: 'Commands depending on outside state (`RUN apt-get update`) can reuse stale cached results; use `docker build --no-cache` when needed.',
      },
    ],
    sources: [{ note: INFLEARN_NOTES, section: '캐싱을 활용한 빌드' }],
    reference: docs('build/cache/'),
    related: ['concept.layer', 'concept.multi-stage'],
  },
  {
    id: 'concept.multi-stage',
    kind: 'concept',
    title: 'Multi-stage builds',
    localizedTitle: { ko: '멀티 스테이지 빌드', en: 'Multi-stage builds' },
    aliases: ['multi-stage', 'multi-stage build', '멀티 스테이지', 'stage', 'AS'],
    ko: {
      summary: '하나의 Dockerfile에 `FROM`을 여러 번 써서, 빌드 단계와 실행 단계를 나누고 최종 이미지에는 결과물만 남기는 방법입니다.',
      details:
        '첫 스테이지(`FROM maven:3.6 AS build`)에서 컴파일하고, 두 번째 스테이지(`FROM openjdk:11-jre-slim`)에 `COPY --from=build`로 JAR만 가져옵니다. ' +
        '빌드 도구와 소스 코드가 최종 이미지에 들어가지 않아 이미지가 작아지고 보안도 좋아지며, 독립된 스테이지는 병렬로 빌드됩니다.',
    },
    en: {
      summary: 'Several `FROM`s in one Dockerfile split build and runtime stages, so the final image keeps only the artefacts.',
      details:
        'Compile in a first stage (`FROM maven:3.6 AS build`), then `COPY --from=build` just the JAR into a second stage (`FROM openjdk:11-jre-slim`). ' +
        'Build tools and sources stay out of the final image, making it smaller and safer, and independent stages build in parallel.',
    },
    example:
      'FROM maven:3.6 AS build\nWORKDIR /app\nCOPY pom.xml .\nCOPY src ./src\nRUN mvn clean package\n\nFROM openjdk:11-jre-slim\nWORKDIR /app\nCOPY --from=build /app/target/*.jar ./app.jar\nEXPOSE 8080\nCMD ["java", "-jar", "app.jar"]',
    pitfalls: [
      {
        ko: '최종 이미지는 마지막 스테이지입니다. 중간 스테이지를 이미지로 만들려면 `docker build --target build`를 쓰세요.',
        en: 'The final image is the last stage; build an intermediate one with `docker build --target build`.',
      },
      {
        ko: '`openjdk` 이미지는 더 이상 갱신되지 않습니다. 실행 단계에는 `eclipse-temurin:21-jre` 같은 유지보수 중인 이미지를 쓰세요.',
        en: 'The `openjdk` images are no longer updated; use a maintained runtime such as `eclipse-temurin:21-jre`.',
      },
    ],
    sources: [{ note: INFLEARN_NOTES, section: '멀티 스테이지 빌드' }],
    reference: docs('build/building/multi-stage/'),
    related: ['concept.base-image', 'concept.build-cache', 'concept.layer'],
  },
  {
    id: 'concept.dockerfile',
    kind: 'concept',
    title: 'Dockerfile',
    localizedTitle: { ko: 'Dockerfile', en: 'Dockerfile' },
    aliases: ['도커파일', 'Dockerfile syntax'],
    ko: {
      summary: '이미지를 만드는 단계를 차례로 적은 텍스트 파일입니다. `docker build`가 이 파일을 읽어 이미지를 만듭니다.',
      details:
        '한 줄에 `명령어 인자` 하나씩 쓰며, 명령어는 관례상 대문자로 씁니다(대소문자를 구분하지는 않습니다). `#`으로 시작하는 줄은 주석이고, 맨 위의 특수 주석은 파서 지시어입니다. ' +
        '`FROM`으로 시작해 `RUN`, `COPY`, `CMD` 등으로 이미지를 쌓습니다. 이미지 상태를 코드로 남기므로 `docker commit`보다 재현과 검토가 쉽습니다.',
    },
    en: {
      summary: 'A text file listing, in order, the steps to build an image; `docker build` reads it.',
      details:
        'One `INSTRUCTION arguments` per line, instructions upper-case by convention (they are not case-sensitive). Lines starting with `#` are comments; special comments at the very top are parser directives. ' +
        'It starts with `FROM` and builds up with `RUN`, `COPY`, `CMD` and so on. As code, it is easier to reproduce and review than `docker commit`.',
    },
    example: '# syntax=docker/dockerfile:1\nFROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["npm", "start"]',
    pitfalls: [
      {
        ko: '파일 이름이 `Dockerfile`이 아니면 `docker build -f <파일> .`로 지정해야 합니다.',
        en: 'If the file is not named `Dockerfile`, point at it with `docker build -f <file> .`.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'Dockerfile 기본 문법' },
      { note: WORK_NOTES, section: 'Dockerfile' },
      { note: INFLEARN_NOTES, section: 'Dockerfile 지시어' },
    ],
    reference: docs('reference/dockerfile/'),
    related: ['concept.build-context', 'concept.commit-vs-build', 'concept.layer'],
  },
  {
    id: 'concept.build-context',
    kind: 'concept',
    title: 'Build context',
    localizedTitle: { ko: '빌드 컨텍스트', en: 'Build context' },
    aliases: ['context', '컨텍스트', 'build context'],
    ko: {
      summary: '`docker build`에 넘긴 경로(보통 `.`)의 파일 묶음으로, `COPY`와 `ADD`는 이 안의 파일만 쓸 수 있습니다.',
      details:
        '`docker build -t app .`의 마지막 `.`이 빌드 컨텍스트입니다. 빌더는 이 디렉터리를 기준으로 파일을 읽으며, `-f`로 Dockerfile 위치를 따로 줄 수 있습니다. ' +
        '컨텍스트가 크면 빌드가 느려지므로 `.dockerignore`로 불필요한 파일을 빼세요.',
    },
    en: {
      summary: 'The set of files at the path given to `docker build` (usually `.`); `COPY` and `ADD` can only use files from it.',
      details:
        'In `docker build -t app .` the final `.` is the context. The builder reads files relative to it; `-f` can point to a Dockerfile elsewhere. ' +
        'A large context slows the build, so leave unneeded files out with `.dockerignore`.',
    },
    example: 'docker build -t 1992choi/buildnginx .\ndocker build -f Dockerfile-basic -t buildapp:basic .',
    pitfalls: [
      {
        ko: '`docker build -t 이름`에서 마지막 경로(`.`)를 빠뜨리면 빌드가 실패합니다.',
        en: 'Leaving out the final path (`.`) in `docker build -t name` fails the build.',
      },
    ],
    sources: [
      { note: INFLEARN_NOTES, section: '이미지 빌드' },
      { note: COURSE_NOTES, section: 'Dockerfile 로 Image 작성' },
    ],
    reference: docs('build/concepts/context/'),
    related: ['concept.dockerignore', 'concept.dockerfile'],
  },
  {
    id: 'concept.dockerignore',
    kind: 'concept',
    title: '.dockerignore',
    localizedTitle: { ko: '.dockerignore', en: '.dockerignore' },
    aliases: ['dockerignore'],
    ko: {
      summary: '빌드 컨텍스트에서 뺄 파일과 디렉터리를 적는 파일입니다. 컨텍스트 루트에 둡니다.',
      details:
        '`node_modules`, `.git`, 빌드 산출물, `.env` 같은 파일을 제외하면 빌더로 보내는 양이 줄어 빌드가 빨라지고, `COPY . .`로 비밀 파일이 이미지에 섞여 들어가는 것도 막습니다. ' +
        '문법은 `.gitignore`와 비슷하며 `!`로 예외를 둘 수 있습니다.',
    },
    en: {
      summary: 'A file at the context root listing files and directories to leave out of the build context.',
      details:
        'Excluding `node_modules`, `.git`, build output or `.env` sends less to the builder, speeds up builds and keeps secrets from slipping into the image through `COPY . .`. ' +
        'The syntax resembles `.gitignore`; `!` re-includes.',
    },
    example: 'node_modules\n.git\n*.log\n.env\n!README.md',
    exampleLanguage: 'text',
    pitfalls: [
      {
        ko: '`.dockerignore`는 이미지에서 파일을 "지우는" 것이 아니라 빌드 컨텍스트에서 뺄 뿐입니다. 이미 이미지에 들어간 파일은 다시 빌드해야 빠집니다.',
        en: '`.dockerignore` does not remove files from an image; it keeps them out of the context, so rebuild to drop files already baked in.',
      },
    ],
    sources: [{ note: INFLEARN_NOTES, section: '레이어 관리' }],
    reference: docs('build/concepts/context/#dockerignore-files'),
    related: ['concept.build-context', 'concept.layer'],
  },
  {
    id: 'concept.base-image',
    kind: 'concept',
    title: 'Base image',
    localizedTitle: { ko: '베이스 이미지', en: 'Base image' },
    aliases: ['base image', '베이스 이미지', 'parent image'],
    ko: {
      summary: '`FROM`으로 지정해 내 이미지의 출발점이 되는 이미지입니다.',
      details:
        '베이스 이미지의 레이어 위에 내 레이어가 쌓이므로, 그 크기와 보안 상태가 결과 이미지에 그대로 이어집니다. ' +
        '가능하면 작고 유지보수가 잘 되는 공식 이미지(`-alpine`, `-slim` 변형 등)를 고르고 버전 태그를 고정하세요.',
    },
    en: {
      summary: 'The image named in `FROM` that your image starts from.',
      details:
        'Your layers sit on top of its layers, so its size and security carry straight into your image. ' +
        'Prefer small, well-maintained official images (`-alpine`, `-slim` variants…) and pin a version tag.',
    },
    example: 'FROM node:20-alpine',
    pitfalls: [
      {
        ko: '`latest` 태그는 시점에 따라 다른 이미지를 가리켜 빌드 결과가 달라질 수 있습니다.',
        en: 'The `latest` tag points to different images over time, so builds stop being reproducible.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'FROM' },
      { note: INFLEARN_NOTES, section: '레이어 관리' },
    ],
    reference: docs('build/building/base-images/'),
    related: ['concept.alpine', 'concept.tag', 'concept.layer'],
  },
  {
    id: 'concept.alpine',
    kind: 'concept',
    title: 'Alpine and small base images',
    localizedTitle: { ko: 'Alpine과 작은 베이스 이미지', en: 'Alpine and small base images' },
    aliases: ['alpine', 'Alpine Linux', ':alpine', 'slim'],
    ko: {
      summary: 'Alpine Linux는 musl libc와 BusyBox만으로 만든 몇 MB 크기의 리눅스 배포판으로, 작은 베이스 이미지로 널리 쓰입니다.',
      details:
        '특정 앱 하나를 실행하는 컨테이너에 완전한 ubuntu는 과합니다. 많은 공식 이미지가 `nginx:alpine`, `node:20-alpine`처럼 `alpine` 변형 태그를 제공합니다. ' +
        '이미지가 작으면 내려받기가 빠르고 공격 표면도 줄어듭니다. 패키지 관리자는 `apk`입니다.',
    },
    en: {
      summary: 'Alpine Linux is a few-MB distribution built on musl libc and BusyBox, widely used as a small base image.',
      details:
        'A container running one app does not need a full ubuntu. Many official images offer `alpine` variants such as `nginx:alpine` or `node:20-alpine`. ' +
        'Smaller images pull faster and expose less attack surface. The package manager is `apk`.',
    },
    example: 'FROM httpd:alpine\nRUN apk add --no-cache curl',
    exampleLanguage: 'dockerfile',
    pitfalls: [
      {
        ko: 'Alpine은 glibc 대신 musl을 쓰므로, 미리 빌드된 바이너리나 일부 Python 휠이 동작하지 않을 수 있습니다. 그럴 땐 `-slim`(Debian 기반) 변형을 고려하세요.',
        en: 'Alpine uses musl instead of glibc, so some prebuilt binaries or Python wheels fail; consider a `-slim` (Debian-based) variant then.',
      },
      {
        ko: 'Alpine에는 `apt-get`도 `bash`도 기본으로 없습니다. `apk add`를 쓰고, 셸은 `sh`로 접속하세요(`docker exec -it <컨테이너> sh`).',
        en: 'Alpine has neither `apt-get` nor `bash` by default: use `apk add`, and enter with `sh` (`docker exec -it <container> sh`).',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'Docker와 Alpine' },
      { note: INFLEARN_NOTES, section: '레이어 관리' },
    ],
    reference: docs('build/building/best-practices/#choose-the-right-base-image'),
    related: ['concept.base-image', 'concept.layer'],
  },
  {
    id: 'concept.commit-vs-build',
    kind: 'concept',
    title: 'docker commit vs docker build',
    localizedTitle: { ko: '이미지 커밋과 이미지 빌드', en: 'Image commit vs image build' },
    aliases: ['commit', 'image commit', '이미지 커밋', 'image build', '이미지 빌드'],
    ko: {
      summary: '이미지를 만드는 두 방법: 실행 중인 컨테이너의 변경 사항을 저장하는 `docker commit`, Dockerfile로 만드는 `docker build`.',
      details:
        '`docker commit`은 컨테이너 안에서 손으로 바꾼 내용을 그대로 새 이미지로 저장합니다. 빠르게 실험할 때는 편하지만 무엇을 바꿨는지 기록이 남지 않고 반복하기 어렵습니다. ' +
        '`docker build`는 단계를 코드(Dockerfile)로 남기므로 재현·검토·자동화가 가능합니다. 실무에서는 빌드 방식을 씁니다.',
    },
    en: {
      summary: 'Two ways to make an image: `docker commit` saves a container\'s changes, `docker build` builds from a Dockerfile.',
      details:
        '`docker commit` snapshots whatever you changed by hand inside a container. Handy for quick experiments, but nothing records what changed and it is hard to repeat. ' +
        '`docker build` keeps the steps as code (a Dockerfile), so it can be reproduced, reviewed and automated. Use builds for real work.',
    },
    example:
      'docker commit -m "edited index.html" -c \'CMD ["nginx","-g","daemon off;"]\' officialNginx 1992choi/commitnginx\ndocker build -t 1992choi/buildnginx .',
    pitfalls: [
      {
        ko: '커밋한 이미지에는 작업 중 남은 임시 파일, 캐시, 비밀 정보까지 들어갈 수 있습니다.',
        en: 'A committed image can carry leftover temp files, caches and even secrets from your session.',
      },
    ],
    sources: [
      { note: INFLEARN_NOTES, section: '도커 이미지 생성' },
      { note: INFLEARN_NOTES, section: '이미지 커밋' },
      { note: COURSE_NOTES, section: 'docker commit' },
    ],
    reference: docs('reference/cli/docker/container/commit/'),
    related: ['concept.dockerfile', 'concept.layer'],
  },
  {
    id: 'concept.build-secrets',
    kind: 'concept',
    title: 'Build secrets',
    localizedTitle: { ko: '빌드 시크릿', en: 'Build secrets' },
    aliases: ['secret', 'secrets', '시크릿', 'password', '비밀번호'],
    ko: {
      summary: '비밀번호와 토큰은 `ENV`, `ARG`, `COPY`로 넣지 말고, 빌드 시크릿이나 실행 시 환경 변수로 전달해야 합니다.',
      details:
        '`ENV`와 `ARG` 값은 이미지 메타데이터와 빌드 이력에 남아 이미지를 받은 누구나 볼 수 있습니다. ' +
        '빌드 중에 필요한 비밀은 `docker build --secret id=token,src=token.txt`로 넘기고 `RUN --mount=type=secret,id=token`으로 읽으면 레이어에 남지 않습니다. ' +
        'DB 비밀번호처럼 실행할 때 필요한 값은 `docker run -e`, Compose의 `environment`나 `secrets`로 전달하세요.',
    },
    en: {
      summary: 'Never put passwords or tokens in `ENV`, `ARG` or `COPY`; pass them as build secrets or at run time.',
      details:
        '`ENV` and `ARG` values stay in the image metadata and build history, readable by anyone who has the image. ' +
        'For secrets needed during the build, pass `docker build --secret id=token,src=token.txt` and read them with `RUN --mount=type=secret,id=token`; nothing lands in a layer. ' +
        'Runtime values like a database password go in through `docker run -e`, or Compose `environment` or `secrets`.',
    },
    example: 'RUN --mount=type=secret,id=token \\\n    TOKEN=$(cat /run/secrets/token) ./fetch-private-deps.sh',
    exampleLanguage: 'dockerfile',
    pitfalls: [
      {
        ko: 'Dockerfile에 `ENV MYSQL_ROOT_PASSWORD=...`를 적으면 비밀번호가 이미지에 구워집니다. 실행할 때 `-e MYSQL_ROOT_PASSWORD=...`로 넘기세요.',
        en: '`ENV MYSQL_ROOT_PASSWORD=...` in a Dockerfile bakes the password into the image; pass `-e MYSQL_ROOT_PASSWORD=...` at run time.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: 'Container간의 연결(mysql)' }],
    reference: docs('build/building/secrets/'),
    related: ['concept.environment-variables'],
  },
  {
    id: 'concept.environment-variables',
    kind: 'concept',
    title: 'Environment variables',
    localizedTitle: { ko: '환경 변수', en: 'Environment variables' },
    aliases: ['env', 'environment', '환경 변수', '환경변수'],
    ko: {
      summary: '컨테이너의 설정은 환경 변수로 주입하는 것이 일반적입니다. 이미지의 기본값(`ENV`)은 실행할 때 덮어쓸 수 있습니다.',
      details:
        'Dockerfile의 `ENV`는 이미지 메타데이터에 기본값을 남기고, `docker run -e KEY=VALUE`(`--env`), `--env-file`, Compose의 `environment:`가 실행 시점에 값을 덮어씁니다. ' +
        '빌드할 때만 필요한 값은 `ARG`로 구분합니다. 같은 이미지를 환경마다 다른 설정으로 실행할 수 있게 됩니다.',
    },
    en: {
      summary: 'Containers are usually configured through environment variables; image defaults (`ENV`) can be overridden at run time.',
      details:
        '`ENV` in the Dockerfile stores defaults in the image metadata; `docker run -e KEY=VALUE` (`--env`), `--env-file` and Compose `environment:` override them at run time. ' +
        'Values needed only while building belong in `ARG`. The same image then runs with different settings per environment.',
    },
    example: 'docker run -d -p 8080:8080 -e DB_URL=leafy-postgres --network leafy-network --name leafy devwikirepo/leafy-backend:1.0.0',
    pitfalls: [
      {
        ko: '`-e`로 넘긴 값도 `docker inspect`로 보입니다. 민감한 값은 Compose `secrets` 같은 시크릿 기능을 고려하세요.',
        en: 'Values passed with `-e` are visible in `docker inspect`; consider secrets (e.g. Compose `secrets`) for sensitive data.',
      },
    ],
    sources: [
      { note: INFLEARN_NOTES, section: '이미지의 메타데이터' },
      { note: COURSE_NOTES, section: 'ENV' },
      { note: OVERVIEW_BLOG, section: 'Docker run 옵션 종류' },
    ],
    reference: docs('reference/cli/docker/container/run/#env'),
    related: ['concept.build-secrets'],
  },
];

const storageAndNetworking: KnowledgeEntry[] = [
  {
    id: 'concept.volume',
    kind: 'concept',
    title: 'Volumes',
    localizedTitle: { ko: '볼륨', en: 'Volumes' },
    aliases: ['volume', 'volumes', '볼륨', 'named volume'],
    ko: {
      summary: 'Docker가 관리하는 저장 공간으로, 컨테이너가 삭제되거나 다시 만들어져도 데이터가 남습니다.',
      details:
        '`docker volume create mydata`로 만들거나 `docker run -v mydata:/var/lib/mysql`처럼 이름을 쓰면 자동으로 생깁니다. ' +
        '데이터는 Docker가 관리하는 영역에 저장되어 컨테이너 수명과 분리되고, 여러 컨테이너가 같은 볼륨을 공유할 수도 있어 백업과 이전도 쉽습니다. DB 데이터에 알맞습니다.',
    },
    en: {
      summary: 'Storage managed by Docker that survives containers being removed or re-created.',
      details:
        'Create one with `docker volume create mydata`, or just name it in `docker run -v mydata:/var/lib/mysql`. ' +
        'The data lives in an area Docker manages, apart from any container\'s life, can be shared by several containers, and is easy to back up or move. Ideal for database data.',
    },
    example: 'docker volume create mysqldata\ndocker run -d --name db -v mysqldata:/var/lib/mysql mysql:8\ndocker volume ls\ndocker volume inspect mysqldata',
    pitfalls: [
      {
        ko: '`docker rm`은 이름 있는 볼륨을 지우지 않습니다. 안 쓰는 볼륨은 `docker volume rm`이나 `docker volume prune`으로 정리하세요.',
        en: '`docker rm` leaves named volumes in place; remove unused ones with `docker volume rm` or `docker volume prune`.',
      },
    ],
    sources: [
      { note: INFLEARN_NOTES, section: '볼륨' },
      { note: COURSE_NOTES, section: '부수 명령어' },
    ],
    reference: docs('engine/storage/volumes/'),
    related: ['concept.volume-vs-bind-mount', 'concept.stateless-container', 'concept.disk-cleanup'],
  },
  {
    id: 'concept.bind-mount',
    kind: 'concept',
    title: 'Bind mounts',
    localizedTitle: { ko: '바인드 마운트', en: 'Bind mounts' },
    aliases: ['bind mount', 'bind', '바인드 마운트', 'mount'],
    ko: {
      summary: '호스트의 특정 디렉터리나 파일을 컨테이너 안의 경로에 그대로 연결합니다.',
      details:
        '`docker run -v /home/ubuntu/work:/home/jovyan/work`처럼 `호스트경로:컨테이너경로`로 씁니다. 양쪽에서 바꾼 내용이 즉시 서로 보이므로 ' +
        '개발 중인 소스 코드나 설정 파일, 웹 서버의 정적 파일을 넣을 때 편합니다. `--mount type=bind,src=...,dst=...` 형식이 더 명시적입니다.',
    },
    en: {
      summary: 'Connects a specific host directory or file to a path inside the container.',
      details:
        'Written `host-path:container-path`, as in `docker run -v /home/ubuntu/work:/home/jovyan/work`. Changes on either side show up at once on the other, ' +
        'handy for source code under development, config files or a web server\'s static files. `--mount type=bind,src=...,dst=...` is the more explicit form.',
    },
    example: 'docker run --rm -d -p 8888:8888 -v /home/ubuntu/work:/home/jovyan/work jupyter/datascience-notebook',
    pitfalls: [
      {
        ko: '호스트 경로와 컨테이너 경로는 `:`으로 구분합니다. `-v 호스트경로/컨테이너경로`처럼 `/`로 이어 쓰면 의도와 다르게 익명 볼륨이 만들어집니다.',
        en: 'Separate host and container paths with `:`; writing `-v host-path/container-path` silently creates an anonymous volume instead.',
      },
      {
        ko: '`-v`의 왼쪽에 `mydata`처럼 이름만 쓰면 바인드 마운트가 아니라 이름 있는 볼륨이 됩니다. 호스트 경로는 절대 경로나 `./`로 시작하는 경로로 쓰세요.',
        en: 'A bare name on the left of `-v` (`mydata`) means a named volume, not a bind mount; write host paths as absolute paths or starting with `./`.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'Docker continaer와 사용자 directory 연결' },
      { note: COURSE_NOTES, section: 'Docker에서 Python 개발을 위한 jupyter notebook Mount' },
    ],
    reference: docs('engine/storage/bind-mounts/'),
    related: ['concept.volume-vs-bind-mount', 'concept.volume'],
  },
  {
    id: 'concept.volume-vs-bind-mount',
    kind: 'concept',
    title: 'Volumes vs bind mounts',
    localizedTitle: { ko: '볼륨과 바인드 마운트', en: 'Volumes vs bind mounts' },
    aliases: ['-v', '--volume', '--mount'],
    ko: {
      summary: '볼륨은 Docker가 관리하는 저장소, 바인드 마운트는 호스트의 특정 경로를 그대로 연결하는 것입니다. 둘 다 `-v`로 씁니다.',
      details:
        '`-v mydata:/data`처럼 왼쪽이 이름이면 볼륨, `-v /home/me/data:/data`나 `./data:/data`처럼 경로면 바인드 마운트입니다. ' +
        '오래 보관할 애플리케이션 데이터(DB 등)는 볼륨이, 호스트와 파일을 주고받아야 하는 개발용 코드나 설정은 바인드 마운트가 알맞습니다. ' +
        '어느 쪽이든 컨테이너가 삭제되어도 데이터는 남습니다.',
    },
    en: {
      summary: 'A volume is storage Docker manages; a bind mount connects a specific host path. Both are written with `-v`.',
      details:
        'If the left side of `-v` is a name (`-v mydata:/data`) it is a volume; a path (`-v /home/me/data:/data`, `./data:/data`) makes it a bind mount. ' +
        'Use volumes for long-lived application data such as databases, bind mounts for code or config you share with the host during development. ' +
        'Either way the data outlives the container.',
    },
    example: 'docker run -d -v mysqldata:/var/lib/mysql mysql:8           # volume\ndocker run -d -v /home/ubuntu/mysqldata:/var/lib/mysql mysql:8  # bind mount',
    pitfalls: [
      {
        ko: '바인드 마운트는 컨테이너 안의 같은 경로에 원래 있던 파일을 가립니다. 빈 호스트 디렉터리를 마운트하면 이미지가 넣어 둔 파일이 보이지 않습니다.',
        en: 'A bind mount hides whatever the image had at that path; mounting an empty host directory makes the image\'s files disappear from view.',
      },
    ],
    sources: [
      { note: INFLEARN_NOTES, section: '볼륨' },
      { note: COURSE_NOTES, section: 'Docker continaer와 사용자 directory 연결' },
      { note: OVERVIEW_BLOG, section: 'Docker run 옵션 종류' },
    ],
    reference: docs('engine/storage/'),
    related: ['concept.volume', 'concept.bind-mount', 'concept.stateless-container'],
  },
  {
    id: 'concept.network',
    kind: 'concept',
    title: 'Networks',
    localizedTitle: { ko: '도커 네트워크', en: 'Docker networks' },
    aliases: ['network', 'networks', '네트워크', 'bridge', 'user-defined network', 'DNS'],
    ko: {
      summary: '사용자 정의 브리지 네트워크에 연결된 컨테이너끼리는 컨테이너 이름으로 서로를 찾아 통신합니다.',
      details:
        '`docker network create leafy-network`로 네트워크를 만들고 `--network leafy-network`로 컨테이너를 붙이면, Docker 내장 DNS가 컨테이너 이름(`leafy-postgres`)을 IP로 풀어 줍니다. ' +
        '그래서 백엔드는 `DB_URL=leafy-postgres`처럼 이름으로 DB에 접속할 수 있습니다. 같은 네트워크 안에서는 포트를 게시(`-p`)하지 않아도 통신됩니다.',
    },
    en: {
      summary: 'Containers on a user-defined bridge network find and reach each other by container name.',
      details:
        'Create one with `docker network create leafy-network` and attach containers with `--network leafy-network`; Docker\'s embedded DNS resolves container names (`leafy-postgres`) to IPs. ' +
        'So the backend reaches the database as `DB_URL=leafy-postgres`. Inside one network no port needs publishing (`-p`).',
    },
    example:
      'docker network create leafy-network\ndocker run -d --name leafy-postgres --network leafy-network devwikirepo/leafy-postgres:1.0.0\ndocker run -d -p 8080:8080 -e DB_URL=leafy-postgres --network leafy-network --name leafy devwikirepo/leafy-backend:1.0.0',
    pitfalls: [
      {
        ko: '기본 `bridge` 네트워크에서는 이름으로 서로를 찾을 수 없습니다. 이름 해석이 필요하면 사용자 정의 네트워크를 만드세요.',
        en: 'On the default `bridge` network containers cannot resolve each other by name; create a user-defined network.',
      },
      {
        ko: '컨테이너 연결에 `--link`를 쓰지 마세요. 레거시 기능이며 사용자 정의 네트워크가 이를 대체합니다.',
        en: 'Do not use `--link` to connect containers: it is legacy, replaced by user-defined networks.',
      },
    ],
    values: {
      bridge: { ko: '기본 드라이버. 한 호스트 안의 격리된 가상 네트워크', en: 'Default driver: an isolated virtual network on one host' },
      host: { ko: '컨테이너가 호스트의 네트워크를 그대로 사용 (격리 없음)', en: "The container uses the host's network directly (no isolation)" },
      none: { ko: '네트워크 없음 (루프백만)', en: 'No networking (loopback only)' },
      overlay: { ko: '여러 Docker 호스트를 잇는 네트워크 (Swarm)', en: 'A network spanning several Docker hosts (Swarm)' },
    },
    sources: [
      { note: INFLEARN_NOTES, section: '애플리케이션 구성' },
      { note: INFLEARN_NOTES, section: '네트워크' },
    ],
    reference: docs('engine/network/drivers/bridge/'),
    related: ['concept.container-link', 'concept.expose-vs-publish'],
  },
  {
    id: 'concept.container-link',
    kind: 'concept',
    title: 'Legacy container links (--link)',
    localizedTitle: { ko: '레거시 컨테이너 링크 (--link)', en: 'Legacy container links (--link)' },
    aliases: ['--link', 'link', 'links'],
    ko: {
      summary: '`docker run --link <컨테이너>:<별칭>`은 컨테이너를 잇던 옛 방식으로, 지금은 레거시 기능입니다. 사용자 정의 네트워크를 쓰세요.',
      details:
        '`--link`는 기본 bridge 네트워크에서 다른 컨테이너를 별칭으로 부를 수 있게 했지만, 단방향이고 재시작하면 깨지기 쉬우며 언제든 제거될 수 있는 기능입니다. ' +
        '같은 일을 `docker network create`로 만든 네트워크에 두 컨테이너를 붙이는 것으로 더 안정적으로 할 수 있고, 이때는 컨테이너 이름(또는 `--network-alias`)으로 접속합니다.',
    },
    en: {
      summary: '`docker run --link <container>:<alias>` is the old way to connect containers and is now legacy; use user-defined networks.',
      details:
        '`--link` let a container on the default bridge reach another by alias, but it is one-way, brittle across restarts and may be removed. ' +
        'Attaching both containers to a network made with `docker network create` does the same job more robustly; they then reach each other by container name (or `--network-alias`).',
    },
    example:
      '# 대신 / instead of --link mysql:db\ndocker network create app-net\ndocker run -d --name mysql --network app-net mysql:8\ndocker run -d --network app-net -p 8888:8888 jupyter/datascience-notebook\n# 노트북에서 host=\'mysql\'로 접속 / connect with host=\'mysql\'',
    pitfalls: [
      {
        ko: '`--link`는 레거시입니다. `docker network create`와 `--network`로 바꾸세요.',
        en: '`--link` is legacy; switch to `docker network create` and `--network`.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'Container간의 연결(mysql)' },
      { note: OVERVIEW_BLOG, section: 'Docker run 옵션 종류' },
    ],
    reference: docs('engine/network/links/'),
    related: ['concept.network'],
  },
  {
    id: 'concept.expose-vs-publish',
    kind: 'concept',
    title: 'EXPOSE vs -p (publish)',
    localizedTitle: { ko: 'EXPOSE와 -p(포트 게시)', en: 'EXPOSE vs -p (publishing ports)' },
    aliases: ['port', 'ports', 'port mapping', 'port forwarding', '포트', '포트 포워딩', 'publish', '-p'],
    ko: {
      summary: '`EXPOSE`는 앱이 쓰는 포트를 적어 두는 문서일 뿐이고, 호스트에서 접속하려면 `-p <호스트>:<컨테이너>`로 포트를 게시해야 합니다.',
      details:
        '`docker run -p 8080:80 nginx`는 호스트의 8080 포트로 들어온 요청을 컨테이너의 80 포트로 전달합니다. 왼쪽이 호스트, 오른쪽이 컨테이너입니다. ' +
        '`-p 127.0.0.1:8080:80`처럼 호스트 IP를 붙이면 그 주소에서만 받습니다. 같은 네트워크의 다른 컨테이너는 게시 없이도 컨테이너 포트로 직접 접속합니다.',
    },
    en: {
      summary: '`EXPOSE` only documents the port the app uses; to reach it from the host, publish it with `-p <host>:<container>`.',
      details:
        '`docker run -p 8080:80 nginx` forwards requests on host port 8080 to container port 80: host on the left, container on the right. ' +
        'Prefix a host IP (`-p 127.0.0.1:8080:80`) to accept only on that address. Containers on the same network reach the container port directly, no publishing needed.',
    },
    example: 'docker run -d -p 8080:80 --name web nginx\n# http://localhost:8080 → 컨테이너 80 / container port 80',
    pitfalls: [
      {
        ko: '`EXPOSE`만으로는 포트가 열리지 않습니다. 호스트에서 접속하려면 `-p`나 Compose `ports:`가 필요합니다.',
        en: '`EXPOSE` alone publishes nothing; the host needs `-p` or Compose `ports:`.',
      },
      {
        ko: '순서를 헷갈리기 쉽습니다. `-p 3307:3306`은 호스트 3307 → 컨테이너 3306입니다.',
        en: 'Mind the order: `-p 3307:3306` is host 3307 → container 3306.',
      },
      {
        ko: '클라우드 서버(예: AWS EC2)에서는 `-p`로 게시한 포트도 보안 그룹의 인바운드 규칙에서 허용해야 외부에서 접속됩니다.',
        en: 'On a cloud server (AWS EC2, say) a port published with `-p` is reachable from outside only once the security group\'s inbound rules allow it.',
      },
      {
        ko: '게시한 포트는 기본적으로 모든 인터페이스(0.0.0.0)에 열리며 호스트 방화벽 규칙을 우회할 수 있습니다. 로컬에서만 쓸 포트는 `127.0.0.1:`을 붙이세요.',
        en: 'Published ports listen on all interfaces (0.0.0.0) by default and can bypass host firewall rules; bind local-only ports to `127.0.0.1:`.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'EXPOSE' },
      { note: COURSE_NOTES, section: '보안그룹에 포트 지정' },
      { note: OVERVIEW_BLOG, section: 'Main content' },
      { note: INFLEARN_NOTES, section: '네트워크' },
    ],
    reference: docs('get-started/docker-concepts/running-containers/publishing-ports/'),
    related: ['concept.network'],
  },
];

const running: KnowledgeEntry[] = [
  {
    id: 'concept.cmd-vs-entrypoint',
    kind: 'concept',
    title: 'CMD vs ENTRYPOINT',
    localizedTitle: { ko: 'CMD와 ENTRYPOINT', en: 'CMD vs ENTRYPOINT' },
    ko: {
      summary: '`ENTRYPOINT`는 항상 실행되는 명령이고, `CMD`는 기본값이라 `docker run` 인자로 바뀝니다.',
      details:
        '둘 다 있으면 실제 실행되는 명령은 `ENTRYPOINT` + `CMD`입니다. `docker run <이미지> <인자>`의 인자는 `CMD`를 대신하고 `ENTRYPOINT` 뒤에 붙습니다. ' +
        '그래서 "고정된 실행 파일"은 `ENTRYPOINT`에, "바꿀 수 있는 기본 인자"는 `CMD`에 둡니다. `ENTRYPOINT` 자체는 `--entrypoint`로만 바꿀 수 있습니다.',
    },
    en: {
      summary: '`ENTRYPOINT` always runs; `CMD` is a default that `docker run` arguments replace.',
      details:
        'With both, the container runs `ENTRYPOINT` + `CMD`. Arguments in `docker run <image> <args>` replace `CMD` and are appended to `ENTRYPOINT`. ' +
        'So put the fixed executable in `ENTRYPOINT` and the overridable default arguments in `CMD`. Only `--entrypoint` replaces `ENTRYPOINT` itself.',
    },
    example:
      'ENTRYPOINT ["ping"]\nCMD ["localhost"]\n# docker run img            → ping localhost\n# docker run img google.com → ping google.com',
    exampleLanguage: 'dockerfile',
    pitfalls: [
      {
        ko: '`docker run` 인자는 `CMD`를 덮어쓰지만 `ENTRYPOINT`는 덮어쓰지 않습니다.',
        en: '`docker run` arguments override `CMD`, not `ENTRYPOINT`.',
      },
      {
        ko: '`CMD`가 여러 개면 마지막 것만 적용됩니다(`ENTRYPOINT`도 마찬가지).',
        en: 'Only the last `CMD` applies (the same goes for `ENTRYPOINT`).',
      },
      {
        ko: '둘을 조합할 때는 둘 다 exec 형식(JSON 배열)으로 쓰세요. 셸 형식 `ENTRYPOINT`는 `CMD`를 무시합니다.',
        en: 'When combining them, write both in exec form (JSON arrays); a shell-form `ENTRYPOINT` ignores `CMD`.',
      },
    ],
    sources: [
      { note: WORK_NOTES, section: 'Dockerfile' },
      { note: COURSE_NOTES, section: 'ENTRYPOINT' },
      { note: COURSE_NOTES, section: 'CMD 명령 덮어 씌우기' },
    ],
    reference: 'https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact',
    related: ['concept.shell-vs-exec-form'],
  },
  {
    id: 'concept.shell-vs-exec-form',
    kind: 'concept',
    title: 'Shell form vs exec form',
    localizedTitle: { ko: '셸 형식과 exec 형식', en: 'Shell form vs exec form' },
    aliases: ['exec form', 'shell form', 'exec 형식', '셸 형식', 'JSON form'],
    ko: {
      summary: '`RUN`, `CMD`, `ENTRYPOINT`는 셸이 해석하는 문자열(셸 형식) 또는 JSON 배열(exec 형식)로 쓸 수 있습니다.',
      details:
        '셸 형식 `CMD npm start`는 `/bin/sh -c "npm start"`로 실행되어 변수 치환, 파이프, `&&`를 쓸 수 있습니다. ' +
        'exec 형식 `CMD ["npm", "start"]`는 셸 없이 프로그램을 직접 실행하므로 앱이 PID 1이 되어 `docker stop`의 신호를 직접 받습니다. `CMD`와 `ENTRYPOINT`에는 exec 형식이 권장됩니다.',
    },
    en: {
      summary: '`RUN`, `CMD` and `ENTRYPOINT` take either a string a shell interprets (shell form) or a JSON array (exec form).',
      details:
        'The shell form `CMD npm start` runs as `/bin/sh -c "npm start"`, so variables, pipes and `&&` work. ' +
        'The exec form `CMD ["npm", "start"]` starts the program directly, no shell: the app is PID 1 and receives `docker stop`\'s signal itself. Prefer the exec form for `CMD` and `ENTRYPOINT`.',
    },
    example: 'RUN apt-get update && apt-get install -y curl   # 셸 형식 / shell form\nCMD ["npm", "start"]                            # exec 형식 / exec form',
    exampleLanguage: 'dockerfile',
    pitfalls: [
      {
        ko: 'exec 형식은 JSON이므로 작은따옴표가 아니라 큰따옴표를 써야 합니다. `CMD [\'npm\', \'start\']`는 셸 형식으로 잘못 해석됩니다.',
        en: "The exec form is JSON: use double quotes. `CMD ['npm', 'start']` is silently treated as the shell form.",
      },
      {
        ko: 'exec 형식에서는 `$HOME` 같은 변수가 치환되지 않습니다. 필요하면 `["sh", "-c", "..."]`로 셸을 명시하세요.',
        en: 'The exec form does not expand variables like `$HOME`; call a shell explicitly with `["sh", "-c", "..."]` when needed.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'CMD' },
      { note: COURSE_NOTES, section: '부수 명령어' },
    ],
    reference: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
    related: ['concept.cmd-vs-entrypoint'],
  },
  {
    id: 'concept.attach-vs-exec',
    kind: 'concept',
    title: 'docker attach vs docker exec',
    localizedTitle: { ko: 'attach와 exec의 차이', en: 'docker attach vs docker exec' },
    aliases: ['attach', 'exec'],
    ko: {
      summary: '`attach`는 컨테이너의 메인 프로세스 입출력에 붙고, `exec`는 컨테이너 안에서 새 프로세스(예: 셸)를 하나 더 실행합니다.',
      details:
        '`docker attach`로 붙으면 메인 프로세스의 출력이 터미널에 그대로 나오고, 입력도 그 프로세스로 갑니다. 여기서 Ctrl+C를 누르면 메인 프로세스가, 즉 컨테이너가 멈출 수 있습니다. ' +
        '컨테이너 안을 둘러보거나 설정을 고치려면 `docker exec -it <컨테이너> bash`(alpine이면 `sh`)로 별도 셸을 여세요. 그 셸을 나가도 컨테이너는 계속 실행됩니다. 로그만 보려면 `docker logs -f`가 맞습니다.',
    },
    en: {
      summary: '`attach` connects to the main process\'s input and output; `exec` starts an additional process (a shell, say) inside the container.',
      details:
        'After `docker attach` you see the main process\'s output and your input goes to it; pressing Ctrl+C there can stop the main process, and with it the container. ' +
        'To look around or fix something, open a separate shell with `docker exec -it <container> bash` (`sh` on alpine); leaving it keeps the container running. To just read output, use `docker logs -f`.',
    },
    example: 'docker exec -it ubuntu20 /bin/bash\ndocker logs -f web\ndocker attach web   # 분리: Ctrl+P, Ctrl+Q / detach: Ctrl+P, Ctrl+Q',
    pitfalls: [
      {
        ko: '`attach` 상태에서 Ctrl+C나 `exit`는 컨테이너를 멈출 수 있습니다. 빠져나올 때는 Ctrl+P, Ctrl+Q(컨테이너를 `-it`로 실행한 경우)를 쓰세요.',
        en: 'Ctrl+C or `exit` while attached can stop the container; detach with Ctrl+P, Ctrl+Q (when it was started with `-it`).',
      },
      {
        ko: '`exec`는 실행 중인 컨테이너에서만 됩니다. 또 이미지에 있는 셸을 써야 합니다(alpine에는 `bash`가 없습니다).',
        en: '`exec` only works on a running container, and needs a shell the image has (alpine has no `bash`).',
      },
    ],
    sources: [
      { note: OVERVIEW_BLOG, section: 'attach와 exec 차이 정리' },
      { note: COURSE_NOTES, section: '실행중인 Container에 연결' },
      { note: COURSE_NOTES, section: '실행중인 Container에 명령 실행' },
    ],
    reference: docs('reference/cli/docker/container/attach/'),
    related: ['concept.tty', 'concept.detached-mode', 'concept.container-logs'],
  },
  {
    id: 'concept.detached-mode',
    kind: 'concept',
    title: 'Detached vs foreground',
    localizedTitle: { ko: '백그라운드(detached) 실행', en: 'Detached vs foreground' },
    aliases: ['detached', 'detach', 'background', '백그라운드', 'daemon mode', '데몬 모드'],
    ko: {
      summary: '`docker run -d`는 컨테이너를 백그라운드에서 실행하고 ID만 출력한 뒤 터미널을 돌려줍니다.',
      details:
        '`-d` 없이 실행하면(포그라운드) 터미널이 컨테이너 출력에 묶이고, 터미널을 닫거나 Ctrl+C를 누르면 컨테이너가 멈출 수 있습니다. ' +
        '서버처럼 계속 떠 있어야 하는 컨테이너는 `-d`로 실행하고, 출력은 `docker logs -f`로 확인합니다. `-d`와 `-p`는 `-dp 80:80`처럼 합쳐 쓸 수 있습니다.',
    },
    en: {
      summary: '`docker run -d` runs the container in the background, prints its ID and gives your terminal back.',
      details:
        'Without `-d` (foreground) the terminal is tied to the container\'s output, and closing it or pressing Ctrl+C can stop the container. ' +
        'Run long-lived servers with `-d` and read their output with `docker logs -f`. Short flags combine: `-dp 80:80`.',
    },
    example: 'docker run -d -p 80:80 docker/getting-started\ndocker logs -f <컨테이너ID>',
    pitfalls: [
      {
        ko: '`-d`로 실행해도 메인 프로세스가 끝나면 컨테이너는 바로 멈춥니다. 백그라운드 실행이 프로세스를 살려 두지는 않습니다.',
        en: 'Even with `-d`, the container stops as soon as its main process ends; detaching does not keep it alive.',
      },
    ],
    sources: [
      { note: OVERVIEW_BLOG, section: 'Docker run 옵션 종류' },
      { note: OVERVIEW_BLOG, section: 'Main content' },
    ],
    reference: docs('reference/cli/docker/container/run/#detach'),
    related: ['concept.attach-vs-exec', 'concept.container-lifecycle', 'concept.container-logs'],
  },
  {
    id: 'concept.tty',
    kind: 'concept',
    title: 'Interactive terminal (-i, -t)',
    localizedTitle: { ko: '대화형 터미널 (-i, -t)', en: 'Interactive terminal (-i, -t)' },
    aliases: ['tty', 'TTY', 'pseudo-TTY', '-it', 'interactive', 'STDIN'],
    ko: {
      summary: '`-i`는 표준 입력(STDIN)을 열어 두고, `-t`는 가상 터미널(pseudo-TTY)을 할당합니다. 셸을 쓰려면 둘을 합친 `-it`가 필요합니다.',
      details:
        'TTY는 teletypewriter에서 온 말로, 리눅스에서 콘솔/터미널을 뜻합니다. `-i`가 없으면 키보드 입력이 컨테이너로 전달되지 않고, `-t`가 없으면 프롬프트와 줄 편집이 없는 셸이 됩니다. ' +
        '`docker run -it ubuntu bash`, `docker exec -it <컨테이너> sh`처럼 씁니다.',
    },
    en: {
      summary: '`-i` keeps STDIN open and `-t` allocates a pseudo-TTY; an interactive shell needs both, as `-it`.',
      details:
        'TTY comes from "teletypewriter" and means a console/terminal on Linux. Without `-i` your keystrokes never reach the container; without `-t` the shell has no prompt or line editing. ' +
        'Typical use: `docker run -it ubuntu bash`, `docker exec -it <container> sh`.',
    },
    example: 'docker run -it --rm --name sandbox ubuntu bash',
    pitfalls: [
      {
        ko: '`--it`가 아니라 `-it`입니다. 한 글자 옵션은 하이픈 하나로 붙여 씁니다(`-i -t` = `-it`).',
        en: 'It is `-it`, not `--it`: single-letter flags take one dash and can be combined (`-i -t` = `-it`).',
      },
      {
        ko: '스크립트나 CI처럼 터미널이 없는 곳에서 `-t`를 쓰면 "the input device is not a TTY" 오류가 납니다. 그때는 `-i`만 쓰세요.',
        en: 'In scripts or CI without a terminal, `-t` fails with "the input device is not a TTY"; use `-i` alone there.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'docker run 명령어' },
      { note: OVERVIEW_BLOG, section: 'Docker run 옵션 종류' },
    ],
    reference: docs('reference/cli/docker/container/run/#interactive'),
    related: ['concept.attach-vs-exec'],
  },
];

const distribution: KnowledgeEntry[] = [
  {
    id: 'concept.registry',
    kind: 'concept',
    title: 'Registries and image names',
    localizedTitle: { ko: '레지스트리와 이미지 이름', en: 'Registries and image names' },
    aliases: ['registry', '레지스트리', 'Docker Hub', '도커 허브', 'image name', '이미지명'],
    ko: {
      summary: '레지스트리는 이미지를 저장하고 배포하는 서버입니다. 기본 레지스트리는 Docker Hub이며, 이미지 이름은 `레지스트리/네임스페이스/저장소:태그` 형식입니다.',
      details:
        '`nginx`는 사실 `docker.io/library/nginx:latest`의 줄임입니다. 레지스트리를 생략하면 Docker Hub(`docker.io`), 네임스페이스를 생략하면 공식 이미지(`library`), 태그를 생략하면 `latest`가 쓰입니다. ' +
        '`docker pull`/`docker push`가 레지스트리와 이미지를 주고받고, 비공개 레지스트리(GHCR, ECR, 사내 레지스트리 등)는 이름 앞에 주소를 붙입니다.',
    },
    en: {
      summary: 'A registry is a server that stores and distributes images; the default is Docker Hub, and names read `registry/namespace/repository:tag`.',
      details:
        '`nginx` is short for `docker.io/library/nginx:latest`: no registry means Docker Hub (`docker.io`), no namespace means an official image (`library`), no tag means `latest`. ' +
        '`docker pull`/`docker push` move images to and from registries; private registries (GHCR, ECR, your company\'s…) go in front of the name.',
    },
    example: 'docker pull devwikirepo/simple-web:1.0\ndocker tag devwikirepo/simple-web:1.0 1992choi/my-simple-web:0.1\ndocker push 1992choi/my-simple-web:0.1',
    pitfalls: [
      {
        ko: 'Docker Hub에 push하려면 이미지 이름이 내 계정 네임스페이스(`1992choi/...`)로 시작해야 하고, 먼저 `docker login`이 필요합니다.',
        en: 'Pushing to Docker Hub needs a name under your own namespace (`1992choi/...`) and a prior `docker login`.',
      },
      {
        ko: '`docker login`을 다시 실행한다고 로그아웃되지 않습니다. 로그아웃은 `docker logout`입니다.',
        en: 'Running `docker login` again does not log you out; that is `docker logout`.',
      },
    ],
    sources: [
      { note: INFLEARN_NOTES, section: '이미지 레지스트리' },
      { note: OVERVIEW_BLOG, section: 'Docker registries' },
      { note: COURSE_NOTES, section: 'Docker image Download' },
    ],
    reference: docs('get-started/docker-concepts/the-basics/what-is-a-registry/'),
    related: ['concept.tag', 'concept.image'],
  },
  {
    id: 'concept.tag',
    kind: 'concept',
    title: 'Tags',
    localizedTitle: { ko: '태그', en: 'Tags' },
    aliases: ['tag', 'tags', '태그', 'latest'],
    ko: {
      summary: '태그는 같은 저장소 안에서 이미지 버전을 구분하는 이름(`mysql:5.7`의 `5.7`)으로, 생략하면 `latest`가 됩니다.',
      details:
        '태그는 특정 이미지(다이제스트)를 가리키는 바꿀 수 있는 별칭입니다. `docker tag 원본 새이름:태그`는 이미지를 복사하지 않고 이름만 하나 더 붙입니다. ' +
        '`docker build -t 이름:태그`로 빌드할 때 바로 붙일 수도 있습니다. 변하지 않는 참조가 필요하면 `이미지@sha256:...` 다이제스트를 씁니다.',
    },
    en: {
      summary: 'A tag names a version within a repository (`5.7` in `mysql:5.7`); without one you get `latest`.',
      details:
        'A tag is a movable alias for a particular image (digest). `docker tag source new-name:tag` adds a name without copying anything, ' +
        'and `docker build -t name:tag` tags while building. For a reference that never changes, use the digest `image@sha256:...`.',
    },
    example: 'docker pull mysql:5.7\ndocker tag devwikirepo/simple-web:1.0 1992choi/my-simple-web:0.1\ndocker build -t nodejs:1.0 .',
    pitfalls: [
      {
        ko: '`latest`는 "최신"이라는 보장이 없는 그냥 기본 태그 이름입니다. 배포에는 명시적인 버전 태그를 쓰세요.',
        en: '`latest` is just the default tag name, with no promise of being the newest; deploy explicit version tags.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'Docker image Download' },
      { note: INFLEARN_NOTES, section: '이미지 레지스트리' },
      { note: WORK_NOTES, section: 'Docker 명령어' },
    ],
    reference: docs('reference/cli/docker/image/tag/'),
    related: ['concept.registry', 'concept.image'],
  },
];

const compose: KnowledgeEntry[] = [
  {
    id: 'concept.compose',
    kind: 'concept',
    title: 'Docker Compose',
    localizedTitle: { ko: 'Docker Compose', en: 'Docker Compose' },
    aliases: ['compose', '컴포즈', '도커 컴포즈', 'docker-compose', 'docker compose'],
    ko: {
      summary: '여러 컨테이너로 이루어진 애플리케이션을 YAML 파일 하나에 정의하고 명령 한 번으로 함께 실행·관리하는 도구입니다.',
      details:
        '`compose.yaml`(또는 `docker-compose.yml`)의 `services:` 아래에 서비스마다 이미지나 빌드 경로, 포트, 볼륨, 환경 변수를 적고 `docker compose up -d`로 모두 띄웁니다. ' +
        'Compose는 프로젝트용 네트워크를 자동으로 만들어, 서비스끼리 서비스 이름(`db`)으로 접속할 수 있습니다. 지금은 `docker compose`(V2, CLI 플러그인)가 표준입니다.',
    },
    en: {
      summary: 'A tool to define a multi-container application in one YAML file and run and manage it with a single command.',
      details:
        'Under `services:` in `compose.yaml` (or `docker-compose.yml`) each service gets an image or build path, ports, volumes and environment; `docker compose up -d` starts them all. ' +
        'Compose creates a network for the project, so services reach each other by service name (`db`). Today `docker compose` (V2, a CLI plugin) is the standard.',
    },
    example:
      'services:\n  db:\n    image: mysql\n    restart: always\n    volumes:\n      - ./mysqldata:/var/lib/mysql\n    environment:\n      - MYSQL_ROOT_PASSWORD=jjcoding\n      - MYSQL_DATABASE=jjdb\n    ports:\n      - "3307:3306"',
    exampleLanguage: 'yaml',
    pitfalls: [
      {
        ko: '맨 위의 `version:` 키는 더 이상 필요 없으며 무시됩니다(경고만 출력). 지워도 됩니다.',
        en: 'The top-level `version:` key is obsolete and ignored (only a warning); delete it.',
      },
      {
        ko: '`docker-compose`(하이픈, 옛 V1 바이너리) 대신 `docker compose`를 쓰세요. V1은 지원이 끝났습니다.',
        en: 'Use `docker compose`, not `docker-compose` (the old V1 binary, no longer supported).',
      },
      {
        ko: '키 이름에 오타(`enviroment`)가 있으면 Compose가 파일을 거부합니다. `environment`처럼 정확히 쓰세요.',
        en: 'Compose rejects a file with a misspelled key (`enviroment`); spell it `environment`.',
      },
    ],
    sources: [
      { note: WORK_NOTES, section: 'Docker compose' },
      { note: COURSE_NOTES, section: 'Docker Compose 작성 기본' },
      { note: COURSE_NOTES, section: 'docker-compose.yml 예시' },
    ],
    reference: docs('compose/'),
    related: ['concept.yaml', 'concept.network', 'concept.volume', 'concept.orchestration'],
  },
  {
    id: 'concept.yaml',
    kind: 'concept',
    title: 'YAML syntax',
    localizedTitle: { ko: 'YAML 문법', en: 'YAML syntax' },
    aliases: ['YAML', 'yml', 'yaml'],
    ko: {
      summary: 'Compose 파일이 쓰는 데이터 형식으로, `키: 값`과 들여쓰기로 구조를, `-`로 목록을 나타냅니다.',
      details:
        '들여쓰기는 공백으로만 하고(탭 불가), 같은 깊이의 키는 같은 칸에 맞춥니다. `#`은 주석이고, `---`와 `...`는 각각 문서의 시작과 끝을 나타냅니다(생략 가능). ' +
        '여러 줄 문자열은 `|`(줄바꿈 유지), `|-`(마지막 줄바꿈 제거), `>`(줄바꿈을 공백으로 접기)로 씁니다. 숫자, 문자열, 불리언을 구분하므로 `"3000:3000"`처럼 따옴표가 필요한 값이 있습니다.',
    },
    en: {
      summary: 'The data format of Compose files: `key: value` and indentation give structure, `-` marks list items.',
      details:
        'Indent with spaces only (no tabs) and align keys of the same level. `#` starts a comment; `---` and `...` mark the start and end of a document (both optional). ' +
        'Multi-line strings use `|` (keep newlines), `|-` (drop the final newline) or `>` (fold newlines into spaces). YAML distinguishes numbers, strings and booleans, so some values need quotes, like `"3000:3000"`.',
    },
    example: 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n    command: >\n      nginx -g "daemon off;"',
    exampleLanguage: 'yaml',
    pitfalls: [
      {
        ko: '키와 값은 `=`가 아니라 `: `(콜론 뒤 공백)로 구분합니다. `newline = >`는 YAML이 아닙니다.',
        en: 'Keys and values are separated by `: ` (colon and space), not `=`; `newline = >` is not YAML.',
      },
      {
        ko: '포트 매핑은 따옴표로 감싸세요. 따옴표 없는 `22:22`는 YAML 1.1 파서가 60진수 숫자(1342)로 읽을 수 있습니다.',
        en: 'Quote port mappings: an unquoted `22:22` may be read by YAML 1.1 parsers as the base-60 number 1342.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: 'YAML 문법' }],
    reference: 'https://yaml.org/spec/1.2.2/',
    related: ['concept.compose'],
  },
];

const operations: KnowledgeEntry[] = [
  {
    id: 'concept.container-identity',
    kind: 'concept',
    title: 'Container IDs and names',
    localizedTitle: { ko: '컨테이너 ID와 이름', en: 'Container IDs and names' },
    aliases: ['container id', 'container name', '컨테이너 이름', '컨테이너 ID'],
    ko: {
      summary: '모든 컨테이너에는 고유한 ID와 이름이 있고, 명령에서 둘 중 아무거나로 컨테이너를 가리킬 수 있습니다.',
      details:
        '이름을 주지 않으면 Docker가 `festive_turing` 같은 이름을 자동으로 붙입니다. `--name web`으로 알아보기 쉬운 이름을 정해 두면 `docker logs web`, `docker stop web`처럼 쓰기 편합니다. ' +
        'ID는 64자리 16진수이며, 다른 컨테이너와 겹치지 않는 앞부분(`docker ps`에 나오는 12자리 등)만 써도 됩니다. 이미지 ID도 같은 방식입니다.',
    },
    en: {
      summary: 'Every container has a unique ID and a name; commands accept either to point at it.',
      details:
        'Without `--name`, Docker makes one up, such as `festive_turing`. Naming it (`--name web`) makes `docker logs web` or `docker stop web` easy to type. ' +
        'The ID is 64 hex digits, and any unambiguous prefix works (like the 12 shown by `docker ps`). Image IDs work the same way.',
    },
    example: 'docker run -d --name web nginx\ndocker ps              # CONTAINER ID, NAMES\ndocker logs web\ndocker stop 3f2a1b',
    pitfalls: [
      {
        ko: '컨테이너 이름은 중복될 수 없습니다. 같은 이름으로 다시 `docker run`하려면 먼저 이전 컨테이너를 `docker rm`으로 지우세요(중지만으로는 부족합니다).',
        en: 'Names must be unique: to `docker run` again with the same name, `docker rm` the old container first (stopping it is not enough).',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'Container 생성' },
      { note: COURSE_NOTES, section: 'Docker Container 주요 명령' },
    ],
    reference: docs('reference/cli/docker/container/run/#name'),
    related: ['concept.container', 'concept.container-lifecycle'],
  },
  {
    id: 'concept.container-logs',
    kind: 'concept',
    title: 'Container logs',
    localizedTitle: { ko: '컨테이너 로그', en: 'Container logs' },
    aliases: ['logs', 'log', '로그', 'stdout', 'STDOUT'],
    ko: {
      summary: '컨테이너 로그는 메인 프로세스가 표준 출력(STDOUT)과 표준 에러(STDERR)로 내보낸 내용이며, `docker logs`로 봅니다.',
      details:
        'Docker는 컨테이너의 출력을 로깅 드라이버(기본 `json-file`)로 모아 둡니다. `docker logs -f <컨테이너>`로 실시간으로 따라가고, `--tail 100`이나 `--since 10m`으로 범위를 줄일 수 있습니다. ' +
        '그래서 컨테이너 안의 앱은 파일 대신 표준 출력으로 로그를 남기는 것이 좋습니다. Jupyter의 접속 토큰처럼 시작 메시지를 확인할 때도 씁니다.',
    },
    en: {
      summary: "A container's logs are what its main process writes to STDOUT and STDERR; read them with `docker logs`.",
      details:
        'Docker collects the output through a logging driver (`json-file` by default). Follow it live with `docker logs -f <container>`, or narrow it with `--tail 100` or `--since 10m`. ' +
        'So apps in containers should log to standard output rather than files. Also handy for start-up messages such as the Jupyter access token.',
    },
    example: 'docker logs -f leafy-postgres\ndocker logs --tail 100 --since 10m leafy',
    pitfalls: [
      {
        ko: '로그만 보려고 `docker attach`를 쓰지 마세요. Ctrl+C 한 번에 컨테이너가 멈출 수 있습니다. `docker logs -f`가 안전합니다.',
        en: 'Do not `docker attach` just to watch output: one Ctrl+C can stop the container. `docker logs -f` is safe.',
      },
      {
        ko: '앱이 로그를 컨테이너 안의 파일에만 쓰면 `docker logs`에 아무것도 나오지 않습니다.',
        en: 'If the app writes its log only to a file inside the container, `docker logs` shows nothing.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'logs' },
      { note: COURSE_NOTES, section: 'Docker logs' },
      { note: OVERVIEW_BLOG, section: 'attach와 exec 차이 정리' },
      { note: INFLEARN_NOTES, section: '애플리케이션 구성' },
    ],
    reference: docs('engine/logging/'),
    related: ['concept.attach-vs-exec', 'concept.detached-mode'],
  },
  {
    id: 'concept.restart-policy',
    kind: 'concept',
    title: 'Restart policies',
    localizedTitle: { ko: '재시작 정책', en: 'Restart policies' },
    aliases: ['restart', 'restart policy', '재시작 정책', '--restart'],
    ko: {
      summary: '컨테이너가 종료되거나 Docker 데몬이 다시 시작될 때 컨테이너를 자동으로 다시 띄울지 정하는 규칙입니다.',
      details:
        '`docker run --restart=always`나 Compose의 `restart: always`로 지정합니다. 기본값 `no`는 재시작하지 않고, `on-failure[:횟수]`는 0이 아닌 종료 코드로 끝났을 때만, ' +
        '`always`는 항상, `unless-stopped`는 사용자가 직접 멈춘 경우를 빼고 항상 재시작합니다. 서버를 재부팅해도 서비스가 다시 뜨게 할 때 씁니다.',
    },
    en: {
      summary: 'Whether Docker restarts a container by itself when it exits or when the daemon restarts.',
      details:
        'Set it with `docker run --restart=always` or Compose `restart: always`. The default `no` never restarts; `on-failure[:max]` restarts only after a non-zero exit; ' +
        '`always` restarts every time; `unless-stopped` does too, except after you stopped it yourself. It keeps services up across host reboots.',
    },
    example: 'docker run -d --restart=unless-stopped --name web nginx',
    pitfalls: [
      {
        ko: '`--restart`는 `--rm`과 함께 쓸 수 없습니다. 또 `always`로 둔 컨테이너는 `docker stop`으로 멈춰도 데몬이 다시 시작될 때 함께 살아납니다.',
        en: '`--restart` cannot be combined with `--rm`, and an `always` container stopped with `docker stop` comes back when the daemon restarts.',
      },
    ],
    values: {
      no: { ko: '자동 재시작하지 않음 (기본값)', en: 'Never restart automatically (default)' },
      always: { ko: '종료될 때마다 재시작, 데몬 재시작 시에도 시작', en: 'Always restart; also started when the daemon restarts' },
      'on-failure': { ko: '0이 아닌 종료 코드일 때만 재시작 (`on-failure:3`처럼 최대 횟수 지정 가능)', en: 'Restart only after a non-zero exit (`on-failure:3` caps the attempts)' },
      'unless-stopped': { ko: '사용자가 멈춘 경우를 제외하고 항상 재시작', en: 'Like `always`, unless you stopped it yourself' },
    },
    sources: [
      { note: OVERVIEW_BLOG, section: 'Docker run 옵션 종류' },
      { note: COURSE_NOTES, section: 'docker-compose.yml 예시' },
    ],
    reference: docs('engine/containers/start-containers-automatically/'),
    related: ['concept.container-lifecycle'],
  },
  {
    id: 'concept.disk-cleanup',
    kind: 'concept',
    title: 'Disk usage and cleanup (prune)',
    localizedTitle: { ko: '디스크 사용량과 정리 (prune)', en: 'Disk usage and cleanup (prune)' },
    aliases: ['prune', 'cleanup', 'disk usage', '정리', 'dangling'],
    ko: {
      summary: '이미지, 중지된 컨테이너, 볼륨, 빌드 캐시는 지우기 전까지 디스크에 남습니다. `docker system df`로 확인하고 `prune` 명령으로 정리합니다.',
      details:
        '`docker container prune`은 중지된 컨테이너를, `docker image prune`은 이름 없는(dangling) 이미지를 지웁니다(`-a`를 주면 컨테이너가 쓰지 않는 모든 이미지). ' +
        '`docker system prune`은 중지된 컨테이너, 안 쓰는 네트워크, dangling 이미지, 빌드 캐시를 한 번에 정리하며, 볼륨은 `--volumes`를 줄 때만 지웁니다.',
    },
    en: {
      summary: 'Images, stopped containers, volumes and build cache stay on disk until removed; check with `docker system df` and clean up with `prune`.',
      details:
        '`docker container prune` removes stopped containers; `docker image prune` removes dangling (untagged) images, or with `-a` every image no container uses. ' +
        '`docker system prune` clears stopped containers, unused networks, dangling images and build cache at once; volumes only with `--volumes`.',
    },
    example: 'docker system df\ndocker container prune\ndocker image prune -a\ndocker system prune --volumes',
    pitfalls: [
      {
        ko: '`docker system prune`은 기본적으로 볼륨을 지우지 않습니다. 반대로 `--volumes`를 주면 안 쓰는 볼륨의 데이터가 영구히 사라지니 주의하세요.',
        en: '`docker system prune` keeps volumes by default; with `--volumes` the data of unused volumes is gone for good.',
      },
      {
        ko: '`docker rmi -f $(docker images -q)`처럼 한꺼번에 지우는 명령은 되돌릴 수 없습니다. 가능하면 `prune`으로 필요 없는 것만 지우세요.',
        en: 'Blanket commands such as `docker rmi -f $(docker images -q)` cannot be undone; prefer `prune`, which removes only what is unused.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'docker 저장매체 확인' },
      { note: COURSE_NOTES, section: '모든 Container 삭제 (+이미지 삭제)' },
    ],
    reference: docs('engine/manage-resources/pruning/'),
    related: ['concept.volume', 'concept.build-cache', 'concept.container-lifecycle'],
  },
  {
    id: 'concept.orchestration',
    kind: 'concept',
    title: 'Orchestration (Kubernetes)',
    localizedTitle: { ko: '오케스트레이션 (쿠버네티스)', en: 'Orchestration (Kubernetes)' },
    aliases: ['Kubernetes', '쿠버네티스', 'k8s', 'orchestrator', 'Swarm'],
    ko: {
      summary: '여러 서버에 걸친 많은 컨테이너의 배포, 확장, 장애 복구를 자동으로 관리하는 일입니다. Kubernetes가 대표적입니다.',
      details:
        'Docker Compose는 한 호스트에서 여러 컨테이너를 함께 띄우는 데 알맞습니다. 서비스가 커져 여러 서버, 무중단 배포, 자동 확장, 비정상 컨테이너 교체가 필요해지면 Kubernetes 같은 오케스트레이터를 씁니다. ' +
        '이때도 이미지는 Docker로 빌드한 그 이미지를 그대로 씁니다. Docker Desktop에는 로컬 Kubernetes가 들어 있습니다.',
    },
    en: {
      summary: 'Automatically deploying, scaling and healing many containers across many servers; Kubernetes is the best-known tool.',
      details:
        'Docker Compose suits several containers on one host. When a service grows to many servers, rolling updates, autoscaling and replacing unhealthy containers, an orchestrator such as Kubernetes takes over. ' +
        'It runs the very images you build with Docker. Docker Desktop ships a local Kubernetes.',
    },
    pitfalls: [
      {
        ko: 'Compose 파일이 Kubernetes에서 그대로 동작하지는 않습니다. 매니페스트(Deployment, Service 등)로 옮겨야 합니다.',
        en: 'A Compose file does not run on Kubernetes as is; it has to be translated into manifests (Deployments, Services…).',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'Docker Compose' },
      { note: OVERVIEW_BLOG, section: 'Docker Desktop' },
    ],
    reference: docs('guides/orchestration/'),
    related: ['concept.compose', 'concept.docker-desktop'],
  },
];

export const conceptsEntries: readonly KnowledgeEntry[] = [
  ...platform,
  ...imagesAndBuilds,
  ...storageAndNetworking,
  ...running,
  ...distribution,
  ...compose,
  ...operations,
];
