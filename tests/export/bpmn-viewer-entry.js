// Browser entry for the BPMN drawing test: bpmn-js's viewer, bundled locally by esbuild (no CDN).
import Viewer from 'bpmn-js/lib/Viewer';

window.renderBpmn = async (xml) => {
  const viewer = new Viewer({ container: '#canvas' });
  const { warnings } = await viewer.importXML(xml);
  const registry = viewer.get('elementRegistry');
  return {
    warnings: warnings.map((w) => w.message),
    drawn: registry.getAll().filter((e) => e.type === 'bpmn:Task').map((e) => ({ id: e.id, name: e.businessObject.name, gfx: !!registry.getGraphics(e) })),
  };
};
