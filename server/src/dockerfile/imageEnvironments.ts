/**
 * The environment variables official images set in their config (`ENV` in docker-library's
 * Dockerfiles), as data. BuildKit's UndefinedVar reads the base image's environment from the
 * image itself, which an editor does not pull; for these images we know it, for any other we do
 * not (see DESIGN.md).
 */

const javaEnvironment = ['JAVA_HOME', 'LANG', 'LANGUAGE', 'LC_ALL', 'JAVA_VERSION'];
const gosu = ['GOSU_VERSION'];

/** By repository name (the official image's, or a registry path ending in `/*` for a family). */
const environments: Readonly<Record<string, readonly string[]>> = {
  alpine: [],
  busybox: [],
  debian: [],
  ubuntu: [],
  centos: [],
  fedora: [],
  rockylinux: [],
  almalinux: [],
  amazonlinux: [],
  archlinux: [],
  oraclelinux: [],
  'opensuse/leap': [],
  'opensuse/tumbleweed': [],
  photon: [],
  node: ['NODE_VERSION', 'YARN_VERSION'],
  python: ['LANG', 'GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION', 'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256'],
  pypy: ['LANG', 'PYPY_VERSION'],
  golang: ['GOLANG_VERSION', 'GOTOOLCHAIN', 'GOPATH'],
  rust: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  openjdk: javaEnvironment,
  'eclipse-temurin': javaEnvironment,
  amazoncorretto: javaEnvironment,
  sapmachine: javaEnvironment,
  'ibm-semeru-runtimes': javaEnvironment,
  ibmjava: javaEnvironment,
  maven: [...javaEnvironment, 'MAVEN_HOME', 'MAVEN_CONFIG'],
  gradle: [...javaEnvironment, 'GRADLE_HOME', 'GRADLE_VERSION'],
  tomcat: [...javaEnvironment, 'CATALINA_HOME', 'TOMCAT_NATIVE_LIBDIR', 'LD_LIBRARY_PATH', 'GPG_KEYS', 'TOMCAT_MAJOR', 'TOMCAT_VERSION', 'TOMCAT_SHA512'],
  ruby: ['LANG', 'RUBY_MAJOR', 'RUBY_VERSION', 'RUBY_DOWNLOAD_URL', 'RUBY_DOWNLOAD_SHA256', 'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG'],
  php: ['PHPIZE_DEPS', 'PHP_INI_DIR', 'APACHE_CONFDIR', 'APACHE_ENVVARS', 'PHP_CFLAGS', 'PHP_CPPFLAGS', 'PHP_LDFLAGS', 'GPG_KEYS', 'PHP_VERSION', 'PHP_URL', 'PHP_ASC_URL', 'PHP_SHA256'],
  nginx: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  httpd: ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  haproxy: ['HAPROXY_VERSION', 'HAPROXY_URL', 'HAPROXY_SHA256'],
  postgres: [...gosu, 'LANG', 'PG_MAJOR', 'PG_VERSION', 'PGDATA'],
  mysql: [...gosu, 'MYSQL_MAJOR', 'MYSQL_VERSION', 'MYSQL_SHELL_VERSION'],
  mariadb: [...gosu, 'LANG', 'MARIADB_VERSION'],
  mongo: [...gosu, 'JSYAML_VERSION', 'MONGO_PACKAGE', 'MONGO_REPO', 'MONGO_MAJOR', 'MONGO_VERSION', 'HOME'],
  redis: ['REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'],
  gcc: ['GPG_KEYS', 'GCC_MIRRORS', 'GCC_VERSION'],
  docker: ['DOCKER_VERSION', 'DOCKER_BUILDX_VERSION', 'DOCKER_COMPOSE_VERSION', 'DOCKER_TLS_CERTDIR'],
  erlang: ['OTP_VERSION', 'REBAR3_VERSION', 'LANG'],
  elixir: ['OTP_VERSION', 'REBAR3_VERSION', 'ELIXIR_VERSION', 'LANG'],
  'mcr.microsoft.com/dotnet/*': [
    'APP_UID', 'ASPNETCORE_HTTP_PORTS', 'DOTNET_RUNNING_IN_CONTAINER', 'DOTNET_VERSION', 'ASPNET_VERSION', 'DOTNET_SDK_VERSION',
    'DOTNET_GENERATE_ASPNET_CERTIFICATE', 'DOTNET_NOLOGO', 'DOTNET_USE_POLLING_FILE_WATCHER', 'NUGET_XMLDOC_MODE', 'POWERSHELL_DISTRIBUTION_CHANNEL',
  ],
};

/** Each image's environment as a set, made once (UndefinedVar asks for every stage). */
const environmentSets: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(environments).map(([key, variables]) => [key, new Set(['PATH', ...variables])]));
const familyPrefixes = Object.keys(environments).filter((key) => key.endsWith('/*'));

/**
 * The environment an image's config sets, when the image is one we know: always PATH (BuildKit
 * sets a default one where the image has none), plus the image's own variables.
 */
export function knownImageEnvironment(image: string): ReadonlySet<string> | undefined {
  const name = image.toLowerCase().replace(/@.*$/, '').replace(/:[^/]*$/, '');
  const repository = name.replace(/^(?:docker\.io\/|index\.docker\.io\/)?(?:library\/)?/, '');
  const family = environmentSets.has(repository) ? repository : familyPrefixes.find((key) => repository.startsWith(key.slice(0, -1)));
  return family === undefined ? undefined : environmentSets.get(family);
}
