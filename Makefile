# make       — install the Debian packages Apus needs (if missing), then build the release binary
# make test  — every test: Swift units, the JS tests in test/, Node's suite list in test/node-compat/
# make bench — start-up and other benchmarks side by side with node

SWIFT ?= swift
JOBS ?= 2
DEB_PACKAGES := libjavascriptcoregtk-4.1-dev libuv1-dev libicu-dev zlib1g-dev libbrotli-dev libssl-dev pkg-config
RELEASE := .build/release/apus
PREFIX ?= /usr/local

.PHONY: all deps build debug test test-swift test-js test-node bench install clean

all: build

deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	./tools/gen-builtins.sh
	$(SWIFT) build -c release -j $(JOBS)
	$(RELEASE) --build-code-cache $(RELEASE).codecache || echo "make: no code cache; apus compiles its built-in modules at start-up"
	ln -sf $(RELEASE) apus

debug: deps
	./tools/gen-builtins.sh
	$(SWIFT) build -j $(JOBS)

test: build
	./tools/gen-builtins.sh
	./tools/test-all.sh $(RELEASE)

test-swift: deps
	./tools/gen-builtins.sh
	$(SWIFT) test -j $(JOBS)

test-js: build
	./tools/run-tests.sh $(RELEASE)

test-node: build
	./tools/run-node-compat.sh $(RELEASE)

bench: build
	./bench/startup.sh $(RELEASE)
	./bench/buffer.sh $(RELEASE)
	./bench/inspect.sh $(RELEASE)
	./bench/url.sh $(RELEASE)
	./bench/fs-streams.sh $(RELEASE)
	./bench/calls.sh $(RELEASE)
	./bench/v8-serdes.sh $(RELEASE)
	./bench/net.sh $(RELEASE)
	./bench/http.sh $(RELEASE)

install: build
	install -m 755 $(RELEASE) $(PREFIX)/bin/apus
	if [ -f $(RELEASE).codecache ]; then install -m 644 $(RELEASE).codecache $(PREFIX)/bin/apus.codecache; fi

clean:
	rm -rf .build apus
