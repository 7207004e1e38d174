import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validParams } from '../../shared/arbitrary-params.ts';
import { haCluster } from '../index.ts';
import type { HaInput } from '../inputs.ts';
import { exportFormats } from './formats.ts';
import { exportFile } from './generate.ts';
import { checkText, documents } from './test-plans.ts';

// Every valid input of the sizer, drawn by the shared generator of the property tests, exports in every format to
// YAML that parses and names the plan's machine counts.

const validInput = validParams(haCluster.fields).map((p) => haCluster.parse(p).input).filter((i): i is HaInput => i !== null);

test('exportFile: every valid plan exports, in every format, as clean YAML with the plan\'s counts (property)', () => {
  fc.assert(fc.property(validInput, fc.constantFrom(...exportFormats), (input, format) => {
    const result = haCluster.compute(input);
    const text = exportFile(format, input, result);
    checkText(text, exportFile(format, input, result));
    const docs = documents(text) as Array<Record<string, any>>;
    const { controlPlaneMachines: cps, etcdMachines: etcd, workerMachines: workers } = result;
    if (format === 'kubeadm') {
      assert.equal(docs.find((d) => d.kind === 'ClusterConfiguration')!.etcd.external?.endpoints.length ?? 0, etcd);
    } else if (format === 'kubespray') {
      const kids = docs[0].all.children;
      assert.equal(Object.keys(kids.kube_control_plane.hosts).length, cps);
      assert.equal(Object.keys(kids.etcd.hosts ?? {}).length, etcd);
    } else if (format === 'cluster-api') {
      assert.equal(docs.find((d) => d.kind === 'KubeadmControlPlane')!.spec.replicas, cps);
      assert.equal(docs.filter((d) => d.kind === 'MachineDeployment').reduce((n, d) => n + d.spec.replicas, 0), workers);
    } else {
      const apps = docs[0].applications;
      assert.deepEqual([apps.k8s.num_units, apps.etcd?.num_units ?? 0, apps['k8s-worker']?.num_units ?? 0], [cps, etcd, workers]);
    }
  }), { numRuns: 200 });
});
