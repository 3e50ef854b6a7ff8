/** The part of bpmn-moddle's API the export tests use (the package ships no types). */
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    fromXML(xml: string): Promise<{ rootElement: object; warnings: Array<{ message: string }> }>;
    toXML(element: object, options?: { format?: boolean }): Promise<{ xml: string }>;
  }
}
