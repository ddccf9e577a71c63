import { describe, expect, it } from 'vitest';
import { installInstructions, k8sName } from './install-commands';
import { probeCommands, probeHost } from './verify-commands';

const input = { setupKey: 'A1B2C3D4-0000-4000-8000-000000000000', peerName: 'office gw', managementUrl: null };
const text = (p: Parameters<typeof installInstructions>[0]) => {
  const i = installInstructions(p, input);
  return { code: i.blocks.map((b) => b.code).join('\n'), notes: i.notes.join('\n') };
};

describe('installInstructions', () => {
  it('Linux: joins with the key and sets IP forwarding at runtime and persistently', () => {
    const { code } = text('linux');
    expect(code).toContain(`netbird up --setup-key ${input.setupKey} --hostname 'office gw'`);
    expect(code).toContain('sudo sysctl -w net.ipv4.ip_forward=1');
    expect(code).toContain('echo "net.ipv4.ip_forward=1" | sudo tee /etc/sysctl.d/99-netbird.conf');
    expect(code).toContain('net.ipv6.conf.all.forwarding=1" | sudo tee -a');
  });

  it('Docker: NET_ADMIN, host networking, sysctl on the host', () => {
    const { code, notes } = text('docker');
    expect(code).toMatch(/--cap-add NET_ADMIN --network host/);
    expect(code).toContain(`NB_SETUP_KEY=${input.setupKey}`);
    expect(notes).toContain('a container cannot enable IP forwarding on its own');
  });

  it('Kubernetes: the key from a Secret and the three capabilities', () => {
    const { code } = text('kubernetes');
    expect(code).toContain('kind: Secret');
    expect(code).toContain(`setup-key: "${input.setupKey}"`);
    expect(code).toMatch(/secretKeyRef:\s+name: office-gw-setup-key/);
    for (const cap of ['NET_ADMIN', 'SYS_RESOURCE', 'SYS_ADMIN']) expect(code).toContain(`- ${cap}`);
    expect(code.split('\n').filter((l) => l.includes(input.setupKey))).toHaveLength(1);
    expect(k8sName('Office GW #1')).toBe('office-gw-1');
  });

  it('Windows: no extra setup, NB_ENABLE_LOCAL_FORWARDING only for services on the host', () => {
    const { code, notes } = text('windows');
    expect(code).toContain('NB_ENABLE_LOCAL_FORWARDING=true');
    expect(notes).toContain('No extra setup is needed');
    expect(notes).toContain('Leave it off otherwise');
  });

  it('passes a self-hosted management URL', () => {
    const i = installInstructions('linux', { ...input, managementUrl: 'https://nb.example.com' });
    expect(i.blocks[0]?.code).toContain('--management-url https://nb.example.com');
  });
});

describe('probes', () => {
  it('picks a concrete host inside a resource and the right command', () => {
    expect(probeHost('10.20.0.0/16')).toBe('10.20.0.1');
    expect(probeHost('10.20.0.7/32')).toBe('10.20.0.7');
    expect(probeHost('*.internal.example')).toBe('www.internal.example');
    // A wildcard is probed at a name known to resolve when one falls under it.
    expect(probeHost('*.internal.example', ['app.corp.example', '*.internal.example', 'Wiki.Internal.Example.'])).toBe('wiki.internal.example');
    expect(probeHost('*.internal.example', ['internal.example'])).toBe('www.internal.example');
    expect(probeHost('not an address/')).toBeNull();
    expect(probeCommands({ destination: '10.20.0.1', protocol: 'tcp', port: 443 })).toEqual(['nc -vz -w 3 10.20.0.1 443']);
    expect(probeCommands({ destination: '1.1.1.1', protocol: 'icmp', port: null })).toEqual(['ping -c 3 1.1.1.1']);
  });
});
