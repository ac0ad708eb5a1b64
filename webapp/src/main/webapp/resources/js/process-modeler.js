/*
 * The workflow modeler page: the bpmn-js Modeler (from the npm package, its bpmn.io watermark left in place) and a
 * side panel for the properties the product understands: a task's Chinese name (the BPMN name) and English name
 * (a flowable:localization element, Flowable's own way to localise names), its step type (flowable:formKey), the
 * candidate group or assignee, the due date and the reminder/escalation timers; a sequence flow's condition; a
 * boundary timer's date. No moddle descriptor is registered for the flowable namespace on purpose: unknown to
 * bpmn-moddle, every flowable attribute and extension element then survives import and export untouched (a partial
 * descriptor would drop the elements it does not describe, such as the deadline tasks' flowable:field).
 *
 * The page's actions (save draft, validate, deploy) are PrimeFaces remote commands; submit() first sends the diagram
 * as the body of a request of its own (the canvas's data-upload address, see BpmnUploadServlet) and passes the token
 * it answers with to the command, so the server always gets what is on the canvas, and a large diagram is never a
 * form field the web server would refuse before the application sees it. The server judges the size: an oversize
 * diagram is sent all the same, to be refused with the product's message and audited.
 */
var InnoModeler = (function () {
    var FLOWABLE = 'http://flowable.org/bpmn';
    var modeler, source, canvasEl, props, selected, updating = false;

    function $(id) {
        return document.getElementById(id);
    }

    function service(name) {
        return modeler.get(name);
    }

    function attr(bo, name) {
        var v = bo.get(name);
        return v === undefined || v === null ? '' : String(v);
    }

    function isA(element, type) {
        var bo = element && element.businessObject;
        return !!bo && typeof bo.$instanceOf === 'function' && bo.$instanceOf(type);
    }

    // --- English name: <extensionElements><flowable:localization locale="en" name="..."/></extensionElements>

    function localization(bo) {
        var ext = bo.get('extensionElements');
        var values = ext ? ext.get('values') || [] : [];
        for (var i = 0; i < values.length; i++) {
            if (values[i].$type === 'flowable:localization' && values[i].locale === 'en') {
                return values[i];
            }
        }
        return null;
    }

    function setEnglishName(element, value) {
        var bo = element.businessObject, moddle = service('moddle'), modeling = service('modeling');
        var ext = bo.get('extensionElements');
        var loc = localization(bo);
        if (!value) {
            if (loc) {
                modeling.updateModdleProperties(element, ext, {
                    values: ext.get('values').filter(function (v) { return v !== loc; })
                });
            }
            return;
        }
        if (loc) {
            // a generic element has no change tracking of its own: replace it so that undo and export see the edit
            var fresh = moddle.createAny('flowable:localization', FLOWABLE, { locale: 'en', name: value });
            fresh.$parent = ext;
            modeling.updateModdleProperties(element, ext, {
                values: ext.get('values').map(function (v) { return v === loc ? fresh : v; })
            });
            return;
        }
        if (!ext) {
            ext = moddle.create('bpmn:ExtensionElements', { values: [] });
            ext.$parent = bo;
            modeling.updateProperties(element, { extensionElements: ext });
        }
        loc = moddle.createAny('flowable:localization', FLOWABLE, { locale: 'en', name: value });
        loc.$parent = ext;
        modeling.updateModdleProperties(element, ext, { values: (ext.get('values') || []).concat([loc]) });
    }

    // --- expressions held in bpmn:FormalExpression bodies

    function body(expr) {
        return expr && expr.body ? expr.body : '';
    }

    function formal(value) {
        return value ? service('moddle').create('bpmn:FormalExpression', { body: value }) : undefined;
    }

    function timerOf(element) {
        var defs = element.businessObject.get('eventDefinitions') || [];
        for (var i = 0; i < defs.length; i++) {
            if (defs[i].$instanceOf('bpmn:TimerEventDefinition')) {
                return defs[i];
            }
        }
        return null;
    }

    function timerExpression(timer) {
        return body(timer.get('timeDate')) || body(timer.get('timeDuration')) || body(timer.get('timeCycle'));
    }

    function setTimerExpression(element, timer, value) {
        service('modeling').updateModdleProperties(element, timer, {
            timeDate: formal(value), timeDuration: undefined, timeCycle: undefined
        });
    }

    function attachedTimers(task) {
        return (task.attachers || []).filter(function (a) { return timerOf(a); });
    }

    /**
     * A non-interrupting boundary timer on the task, named and dated like the product's own (the task stays open),
     * leading to the deadline service task of its kind when the diagram has one (ids remind / escalate).
     */
    function addTimer(task, kind) {
        var modeling = service('modeling'), registry = service('elementRegistry');
        var n = attachedTimers(task).length;
        var shape = service('elementFactory').createShape({
            type: 'bpmn:BoundaryEvent', eventDefinitionType: 'bpmn:TimerEventDefinition'
        });
        var event = modeling.createShape(shape, { x: task.x + 18 + n * 40, y: task.y + task.height }, task,
            { attach: true });
        var variable = task.id + (kind === 'remind' ? 'RemindAt' : 'Due');
        modeling.updateProperties(event, {
            cancelActivity: false,
            name: props.getAttribute(kind === 'remind' ? 'data-remind-name' : 'data-escalate-name')
        });
        setTimerExpression(event, timerOf(event),
            '${vars:getOrDefault(' + variable + ", '9999-12-31T00:00:00Z')}");
        var target = registry.get(kind);
        if (target) {
            modeling.connect(event, target);
        }
        show(task);
    }

    // --- the panel

    function sections(kinds) {
        var all = props.querySelectorAll('.wf-section');
        for (var i = 0; i < all.length; i++) {
            all[i].hidden = kinds.indexOf(all[i].getAttribute('data-for')) < 0;
        }
    }

    function show(element) {
        if (!element || element.type === 'label') {
            // nothing selected: the process itself, whose id is the key it deploys as
            element = service('canvas').getRootElement();
        }
        selected = element;
        var processLevel = isA(element, 'bpmn:Process');
        // before an import the canvas's root is an empty placeholder without a BPMN element
        var none = !element || !element.businessObject || isA(element, 'bpmn:Collaboration');
        $('wf-props-none').hidden = !none && !processLevel;
        $('wf-props-form').hidden = none;
        if (none) {
            return;
        }
        var bo = element.businessObject;
        updating = true;
        $('wf-prop-id').value = bo.id;
        $('wf-prop-id').readOnly = !processLevel;
        $('wf-prop-process-hint').hidden = !processLevel;
        $('wf-prop-type').textContent = bo.$type.replace('bpmn:', '');
        $('wf-prop-name').value = bo.name || '';
        var kinds = [];
        var task = isA(element, 'bpmn:Task') && !isA(element, 'bpmn:ServiceTask') && !isA(element, 'bpmn:ScriptTask');
        if (task) {
            kinds.push('task');
            var loc = localization(bo);
            $('wf-prop-name-en').value = loc ? loc.name || '' : '';
            var step = attr(bo, 'flowable:formKey');
            var stepSelect = $('wf-prop-step');
            if (step && !stepSelect.querySelector('option[value="' + step.replace(/"/g, '') + '"]')) {
                // an unknown step type stays visible as it is, for the validator to name
                var o = document.createElement('option');
                o.value = step;
                o.textContent = step;
                stepSelect.appendChild(o);
            }
            stepSelect.value = step;
        }
        if (isA(element, 'bpmn:UserTask')) {
            kinds.push('user');
            $('wf-prop-groups').value = attr(bo, 'flowable:candidateGroups');
            $('wf-prop-assignee').value = attr(bo, 'flowable:assignee');
            $('wf-prop-due').value = attr(bo, 'flowable:dueDate');
            renderTimers(element);
        }
        if (isA(element, 'bpmn:SequenceFlow')) {
            kinds.push('flow');
            $('wf-prop-condition').value = body(bo.get('conditionExpression'));
        }
        if (isA(element, 'bpmn:ExclusiveGateway') || isA(element, 'bpmn:InclusiveGateway')) {
            kinds.push('gateway');
            renderConditions(element);
        }
        if (isA(element, 'bpmn:Event') && timerOf(element)) {
            kinds.push('timer');
            $('wf-prop-timer').value = timerExpression(timerOf(element));
        }
        sections(kinds);
        updating = false;
    }

    function renderTimers(task) {
        var list = $('wf-prop-timers');
        list.innerHTML = '';
        var timers = attachedTimers(task);
        $('wf-prop-no-timers').hidden = timers.length > 0;
        timers.forEach(function (event) {
            var li = document.createElement('li');
            var name = document.createElement('a');
            name.href = '#';
            name.textContent = (event.businessObject.name || event.id);
            name.title = event.id;
            name.onclick = function () {
                select(event.id);
                return false;
            };
            var input = document.createElement('input');
            input.type = 'text';
            input.className = 'wf-input code';
            input.value = timerExpression(timerOf(event));
            input.setAttribute('data-element-id', event.id);
            input.onchange = function () {
                setTimerExpression(event, timerOf(event), input.value.trim());
            };
            li.appendChild(name);
            li.appendChild(input);
            list.appendChild(li);
        });
    }

    /** A gateway's outgoing flows, each with its condition, editable where the decision is made. */
    function renderConditions(gateway) {
        var list = $('wf-prop-conditions');
        list.innerHTML = '';
        (gateway.outgoing || []).forEach(function (flow) {
            var li = document.createElement('li');
            var name = document.createElement('a');
            name.href = '#';
            var target = flow.target && flow.target.businessObject;
            name.textContent = (flow.businessObject.name ? flow.businessObject.name + ' → ' : '→ ')
                + (target ? target.name || target.id : '');
            name.title = flow.id;
            name.onclick = function () {
                select(flow.id);
                return false;
            };
            var input = document.createElement('input');
            input.type = 'text';
            input.className = 'wf-input code';
            input.value = body(flow.businessObject.get('conditionExpression'));
            input.setAttribute('data-element-id', flow.id);
            input.onchange = function () {
                service('modeling').updateProperties(flow, { conditionExpression: formal(input.value.trim()) });
            };
            li.appendChild(name);
            li.appendChild(input);
            list.appendChild(li);
        });
    }

    /** Choosing a step type on a plain task makes it a user task first: only user tasks carry a step. */
    function setStep(element, step) {
        if (!isA(element, 'bpmn:UserTask') && step) {
            // the replacement copies what BPMN defines; the English name is the product's, so it is carried over
            var loc = localization(element.businessObject);
            var english = loc ? loc.name : '';
            element = service('bpmnReplace').replaceElement(element, { type: 'bpmn:UserTask' });
            if (english && !localization(element.businessObject)) {
                setEnglishName(element, english);
            }
            service('selection').select(element);
        }
        service('modeling').updateProperties(element, { 'flowable:formKey': step || undefined });
        show(element);
    }

    function bind(id, apply) {
        $(id).addEventListener('change', function () {
            if (!selected || updating) {
                return;
            }
            apply(selected, this.value.trim());
        });
    }

    function bindPanel() {
        bind('wf-prop-name', function (el, v) {
            if (isA(el, 'bpmn:Process')) {
                service('modeling').updateProperties(el, { name: v || undefined });
            } else {
                service('modeling').updateLabel(el, v);
            }
        });
        bind('wf-prop-id', function (el, v) {
            // only the process's id is editable here: it is the key a deploy creates or adds a version to
            if (isA(el, 'bpmn:Process') && v) {
                service('modeling').updateProperties(el, { id: v });
            }
        });
        bind('wf-prop-name-en', setEnglishName);
        bind('wf-prop-step', setStep);
        bind('wf-prop-groups', function (el, v) {
            service('modeling').updateProperties(el, { 'flowable:candidateGroups': v || undefined });
        });
        bind('wf-prop-assignee', function (el, v) {
            service('modeling').updateProperties(el, { 'flowable:assignee': v || undefined });
        });
        bind('wf-prop-due', function (el, v) {
            service('modeling').updateProperties(el, { 'flowable:dueDate': v || undefined });
        });
        bind('wf-prop-condition', function (el, v) {
            service('modeling').updateProperties(el, { conditionExpression: formal(v) });
        });
        bind('wf-prop-timer', function (el, v) {
            setTimerExpression(el, timerOf(el), v);
        });
        // typing in the panel ends a label edit still open on the canvas (bpmn-js opens one on a new task)
        props.addEventListener('focusin', function () {
            var editing = service('directEditing');
            if (editing.isActive()) {
                editing.complete();
            }
        });
        $('wf-add-remind').addEventListener('click', function () {
            if (selected) {
                addTimer(selected, 'remind');
            }
        });
        $('wf-add-escalate').addEventListener('click', function () {
            if (selected) {
                addTimer(selected, 'escalate');
            }
        });
    }

    // --- problems from the server, marked on the canvas

    var marked = [];

    function markProblems() {
        var canvas = service('canvas'), registry = service('elementRegistry');
        marked.forEach(function (id) {
            if (registry.get(id)) {
                canvas.removeMarker(id, 'wf-invalid');
            }
        });
        marked = [];
        var items = document.querySelectorAll('.wf-problem[data-element-id]');
        for (var i = 0; i < items.length; i++) {
            var id = items[i].getAttribute('data-element-id');
            if (id && registry.get(id) && marked.indexOf(id) < 0) {
                canvas.addMarker(id, 'wf-invalid');
                marked.push(id);
            } else if (id && !registry.get(id)) {
                items[i].classList.add('wf-problem-unplaced');
            }
        }
        canvasEl.setAttribute('data-invalid', marked.join(' '));
    }

    function select(id) {
        var element = id && service('elementRegistry').get(id);
        if (!element) {
            return;
        }
        service('selection').select(element);
        service('canvas').scrollToElement(element);
        show(element);
    }

    /** Sends the diagram; resolves to the token of the upload (also when the server found it too large). */
    function upload(xml) {
        return fetch(canvasEl.getAttribute('data-upload'), {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/xml; charset=UTF-8', 'X-Requested-With': 'InnoModeler' },
            body: new Blob([xml], { type: 'application/xml; charset=UTF-8' })
        }).then(function (response) {
            // an ended session answers with the login page (HTML) or a refusal: not an upload
            var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
            if (!json) {
                throw new Error('upload refused: HTTP ' + response.status);
            }
            return response.json();
        }).then(function (answer) {
            if (!answer || !answer.upload) {
                throw new Error('upload refused');
            }
            return answer.upload;
        });
    }

    function submit(command) {
        // a field still being edited applies its change on blur, before the diagram is exported
        if (document.activeElement && document.activeElement.blur) {
            document.activeElement.blur();
        }
        modeler.saveXML({ format: true }).then(function (result) {
            $('modeler:processId').value = service('canvas').getRootElement().businessObject.id || '';
            return upload(result.xml);
        }).then(function (token) {
            command([{ name: 'upload', value: token }]);
        }).catch(function (err) {
            canvasEl.setAttribute('data-error', String(err && err.message || err));
            if (window.InnoPageRefusal) {
                window.InnoPageRefusal.show(canvasEl.getAttribute('data-upload-failed'));
            }
        });
    }

    function init() {
        source = $('wf-source');
        canvasEl = $('wf-canvas');
        props = $('wf-props');
        if (!source || !canvasEl || typeof BpmnJS === 'undefined') {
            return;
        }
        modeler = new BpmnJS({ container: canvasEl });
        bindPanel();
        // a problem in the list shows its element; the list is replaced by every validation, so listen on the page
        document.addEventListener('click', function (e) {
            var item = e.target && e.target.closest ? e.target.closest('.wf-problem[data-element-id]') : null;
            if (item) {
                select(item.getAttribute('data-element-id'));
            }
        });
        var events = service('eventBus');
        events.on('import.done', function () {
            show(null);
        });
        events.on('selection.changed', function (e) {
            show(e.newSelection.length === 1 ? e.newSelection[0] : null);
        });
        events.on('element.changed', function (e) {
            // a name typed on the canvas shows in the panel; the panel's own edits need no echo
            if (selected && e.element === selected && !updating && document.activeElement
                && !props.contains(document.activeElement)) {
                show(selected);
            }
        });
        modeler.importXML(source.value).then(function () {
            // a little room around the diagram, so that the context pad of an element at the edge stays reachable
            var canvas = service('canvas');
            canvas.zoom(canvas.zoom('fit-viewport', 'auto') * 0.9, 'auto');
            canvasEl.setAttribute('data-rendered', 'true');
            markProblems();
        }).catch(function (err) {
            canvasEl.setAttribute('data-error', String(err && err.message || err));
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }

    return { submit: submit, markProblems: markProblems, select: select, modeler: function () { return modeler; } };
})();
